package vn.eoffice.platform;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

    /** Instants are stored in UTC; the office's zone is used only to show them and to compute calendar dates. */
    @Bean
    @ConditionalOnMissingBean
    Clock clock(EOfficeProperties properties) {
        return Clock.system(properties.timeZone());
    }

    /**
     * {@code @PastOrPresent} and its kin compare with the office's today, not the JVM's: a server running in UTC
     * would otherwise refuse a document dated today in Điện Biên between 00:00 and 07:00.
     */
    @Bean
    ValidationConfigurationCustomizer officeClockForValidation(Clock clock) {
        return configuration -> configuration.clockProvider(() -> clock);
    }
}
