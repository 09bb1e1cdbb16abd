package vn.eoffice.meetings.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Calendar feeds are fetched by calendar apps that cannot sign in: the secret in the URL is the credential, so
 * this chain lets {@code /calendar/feed/**} through without a session, read-only (GET only).
 */
@Configuration(proxyBeanMethods = false)
class FeedSecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain calendarFeedSecurity(HttpSecurity http) throws Exception {
        http.securityMatcher("/calendar/feed/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(org.springframework.http.HttpMethod.GET, "/calendar/feed/**").permitAll()
                        .anyRequest().denyAll())
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }
}
