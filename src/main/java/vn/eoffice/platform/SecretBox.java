package vn.eoffice.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

/**
 * AES-256-GCM under the installation's master key, for the secrets kept in the database: the agency keys' passwords,
 * the second factors' seeds. Without a configured key ({@code eoffice.master-key}) one is generated once into the key
 * file (owner-only), so a single machine works without setup; in a cluster every node needs the same key.
 */
@Component
public class SecretBox {

    private static final SecureRandom RANDOM = new SecureRandom();
    private final EOfficeProperties properties;
    private volatile SecretKeySpec key;

    SecretBox(EOfficeProperties properties) {
        this.properties = properties;
    }

    /** Base64 of a fresh nonce followed by the ciphertext and its tag. */
    public String seal(char[] secret) {
        try {
            byte[] nonce = new byte[12];
            RANDOM.nextBytes(nonce);
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key(), new GCMParameterSpec(128, nonce));
            var encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(secret));
            byte[] plain = new byte[encoded.remaining()];
            encoded.get(plain);
            byte[] sealed = cipher.doFinal(plain);
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(12 + sealed.length).put(nonce)
                    .put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @throws Unreadable when the sealed text was not sealed under this master key */
    public char[] open(String sealed) {
        try {
            byte[] all = Base64.getDecoder().decode(sealed);
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key(), new GCMParameterSpec(128, all, 0, 12));
            byte[] plain = cipher.doFinal(all, 12, all.length - 12);
            return StandardCharsets.UTF_8.decode(ByteBuffer.wrap(plain)).toString().toCharArray();
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new Unreadable(e);
        }
    }

    /** A sealed secret that the master key cannot open: the key changed, or the text is not one we sealed. */
    public static final class Unreadable extends RuntimeException {
        Unreadable(Exception cause) {
            super("sealed under another master key", cause);
        }
    }

    private SecretKeySpec key() {
        if (key == null) {
            synchronized (this) {
                if (key == null) {
                    key = new SecretKeySpec(loadOrCreate(), "AES");
                }
            }
        }
        return key;
    }

    private byte[] loadOrCreate() {
        if (properties.masterKey() != null && !properties.masterKey().isBlank()) {
            return Base64.getDecoder().decode(properties.masterKey().trim());
        }
        var file = properties.masterKeyFile();
        try {
            if (Files.exists(file)) {
                return Base64.getDecoder().decode(Files.readString(file).trim());
            }
            byte[] generated = new byte[32];
            RANDOM.nextBytes(generated);
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, Base64.getEncoder().encodeToString(generated));
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the directory's permissions apply
            }
            return generated;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
