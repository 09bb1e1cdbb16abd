package vn.eoffice.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Login and password policy; the first administrator outside the demo profile. {@code sessionCheckInterval}: how
 * often a signed-in session re-reads its account to notice that it was disabled, locked or got a new password
 * (0 = on every request, one primary-key read).
 */
@ConfigurationProperties("eoffice.identity")
record IdentityProperties(@DefaultValue("5") int maxFailedLogins, @DefaultValue("15m") Duration lockoutDuration,
        @DefaultValue("8") int passwordMinLength, BootstrapAdmin bootstrapAdmin,
        @DefaultValue("0s") Duration sessionCheckInterval) {

    record BootstrapAdmin(String username, String password, String fullName) {
    }
}
