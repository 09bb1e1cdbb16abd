package vn.eoffice.platform;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
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
}
