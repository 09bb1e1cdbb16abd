package vn.eoffice.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The system clock that a test can move forward, to let a login delay run out without waiting for it.
 */
public class AdjustableClock extends Clock {

    private final Clock system;
    private volatile Duration offset = Duration.ZERO;

    AdjustableClock(Clock system) {
        this.system = system;
    }

    public void advance(Duration duration) {
        offset = offset.plus(duration);
    }

    @Override
    public ZoneId getZone() {
        return system.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return system.withZone(zone);
    }

    @Override
    public Instant instant() {
        return system.instant().plus(offset);
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {

        @Bean
        @Primary
        AdjustableClock adjustableClock() {
            return new AdjustableClock(Clock.system(ZoneId.of("Asia/Ho_Chi_Minh")));
        }
    }
}
