package vn.eoffice.identity;

import java.util.Locale;

import org.springframework.stereotype.Component;

import vn.eoffice.platform.DomainException;

/**
 * At least the configured length, letters and digits, not the username, not a well-known weak password.
 */
@Component
class PasswordPolicy {

    private static final java.util.Set<String> WEAK = java.util.Set.of("password", "matkhau", "12345678",
            "123456789", "qwerty123", "abc12345", "admin123", "demo1234");

    private final int minLength;

    PasswordPolicy(IdentityProperties properties) {
        this.minLength = properties.passwordMinLength();
    }

    int minLength() {
        return minLength;
    }

    void check(String username, String password) {
        if (password == null || password.length() < minLength) {
            throw new DomainException("password.tooShort", minLength);
        }
        if (password.length() > 128) {
            throw new DomainException("password.tooLong");
        }
        if (!password.chars().anyMatch(Character::isLetter) || !password.chars().anyMatch(Character::isDigit)) {
            throw new DomainException("password.lettersAndDigits");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (WEAK.contains(lower) || (username != null && lower.contains(username.toLowerCase(Locale.ROOT)))) {
            throw new DomainException("password.tooWeak");
        }
    }
}
