package vn.eoffice.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Login and password policy; the first administrator outside the demo profile.
 */
@ConfigurationProperties("eoffice.identity")
record IdentityProperties(@DefaultValue("5") int maxFailedLogins, @DefaultValue("15m") Duration lockoutDuration,
        @DefaultValue("8") int passwordMinLength, BootstrapAdmin bootstrapAdmin) {

    record BootstrapAdmin(String username, String password, String fullName) {
    }
}
