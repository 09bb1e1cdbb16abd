package vn.eoffice.identity;

/**
 * An administrator set a new password for a person (the person should be told, in case it was not them who asked).
 */
public record PasswordReset(Long userId) {
}
