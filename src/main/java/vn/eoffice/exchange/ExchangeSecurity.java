package vn.eoffice.exchange;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/** The receive endpoint is open at the HTTP level (stateless, no CSRF): the package signature authenticates. */
@Configuration
class ExchangeSecurity {

    @Bean
    @Order(1)
    SecurityFilterChain exchangeReceive(HttpSecurity http) throws Exception {
        http.securityMatcher(ReceiveEndpoint.PATH)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .securityContext(context -> context.requireExplicitSave(true));
        return http.build();
    }
}
