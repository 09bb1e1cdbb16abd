package vn.eoffice.identity;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import vn.eoffice.platform.DomainException;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PasswordPolicyTests {

    private final PasswordPolicy policy = new PasswordPolicy(
            new IdentityProperties(null, 8, null, Duration.ZERO));

    @Test
    void acceptsLettersAndDigitsOfEnoughLength() {
        assertThatCode(() -> policy.check("nguyenvana", "Tuyen2026giao")).doesNotThrowAnyException();
    }

    @Test
    void refusesAShortPassword() {
        assertThatThrownBy(() -> policy.check("a", "abc12")).isInstanceOf(DomainException.class)
                .hasMessage("password.tooShort");
        assertThatThrownBy(() -> policy.check("a", null)).hasMessage("password.tooShort");
    }

    @Test
    void refusesAnOverlongPassword() {
        assertThatThrownBy(() -> policy.check("a", "a1".repeat(65))).hasMessage("password.tooLong");
    }

    @Test
    void requiresLettersAndDigits() {
        assertThatThrownBy(() -> policy.check("a", "onlyletters")).hasMessage("password.lettersAndDigits");
        assertThatThrownBy(() -> policy.check("a", "1234567890")).hasMessage("password.lettersAndDigits");
    }

    @Test
    void refusesWeakPasswordsAndTheUsername() {
        assertThatThrownBy(() -> policy.check("someone", "Admin123")).hasMessage("password.tooWeak");
        assertThatThrownBy(() -> policy.check("hungqv", "xHungQV2026")).hasMessage("password.tooWeak");
    }
}
