package vn.eoffice.identity;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/**
 * The attempt came while its account name or source address must still wait: refused before the password is
 * checked, with the same answer whether or not the account exists.
 */
class LoginThrottledException extends AuthenticationException {

    private final long retryAfterSeconds;

    LoginThrottledException(Duration wait) {
        super("login throttled");
        // round up: "try again in 0 seconds" would invite an attempt that is still refused
        this.retryAfterSeconds = Math.max(1, (wait.toMillis() + 999) / 1000);
    }

    long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
