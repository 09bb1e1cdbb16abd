-- The second factor's seed is kept sealed under the installation's master key (AES-256-GCM, platform SecretBox):
-- "sealed:" then base64 of nonce, ciphertext and tag. A seed written before this migration stays readable as it
-- was and is sealed at its next use.
alter table app_user alter column totp_secret set data type varchar(200);
