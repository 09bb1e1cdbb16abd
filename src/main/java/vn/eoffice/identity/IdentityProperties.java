package vn.eoffice.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Login and password policy; the first administrator outside the demo profile. {@code sessionCheckInterval}: how
 * often a signed-in session re-reads its account to notice that it was disabled or got a new password (0 = on every
 * request, one primary-key read).
 */
@ConfigurationProperties("eoffice.identity")
record IdentityProperties(@DefaultValue Throttle throttle, @DefaultValue("8") int passwordMinLength,
        BootstrapAdmin bootstrapAdmin, @DefaultValue("0s") Duration sessionCheckInterval) {

    record BootstrapAdmin(String username, String password, String fullName) {
    }

    /**
     * Growing delays after failed logins ({@link LoginThrottle}): past {@code accountFreeFailures} failures for an
     * account name (or {@code addressFreeFailures} from one address, higher because an office shares one address)
     * the next attempt waits {@code firstDelay}, then twice as long after each further failure, at most
     * {@code maxDelay}. Counts are forgotten {@code forgetAfter} the last failure. Administrators are told when an
     * account name or an address reaches its alert count, at most once per {@code alertWindow}.
     */
    record Throttle(@DefaultValue("5") int accountFreeFailures, @DefaultValue("20") int addressFreeFailures,
            @DefaultValue("1s") Duration firstDelay, @DefaultValue("5m") Duration maxDelay,
            @DefaultValue("1h") Duration forgetAfter, @DefaultValue("10") int accountAlertFailures,
            @DefaultValue("50") int addressAlertFailures, @DefaultValue("1h") Duration alertWindow) {
    }
}
