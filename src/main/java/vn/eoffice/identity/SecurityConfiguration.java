package vn.eoffice.identity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.context.ApplicationEventPublisher;

import vn.eoffice.audit.AuditLog;

/**
 * Two filter chains: the stateless API ({@code /api/**}: HTTP Basic or a bearer token, never the session cookie)
 * and the browser UI (form login, session, CSRF on every change, strict Content Security Policy).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
            + "frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    /** Swagger UI ships inline styles and scripts; it gets a looser policy on its own paths only. */
    static final String SWAGGER_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** The one way to sign in with a password (form and HTTP Basic): throttled, no account enumeration. */
    @Bean
    AuthenticationProvider passwordLogin(Accounts accounts, PasswordEncoder encoder, LoginThrottle throttle,
            AuditLog audit) {
        return new ThrottledLogin(accounts, encoder, throttle, audit);
    }

    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
        return new DefaultAuthenticationEventPublisher(publisher);
    }

    /** Monitoring: health for everyone (load balancers), metrics for administrators with HTTP Basic (scrapers). */
    @Bean
    @Order(0)
    SecurityFilterChain actuator(HttpSecurity http) throws Exception {
        http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .anyRequest().hasRole("ADMIN"))
                .httpBasic(basic -> basic.authenticationEntryPoint(new ProblemEntryPoint())
                        .authenticationDetailsSource(BasicLoginDetails::new))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(c -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, TokenService tokens, LoginThrottle throttle, AuditLog audit)
            throws Exception {
        http.securityMatcher("/api/**")
                // administrators' endpoints are refused before their body is read: a refusal, never a 400 about it
                .authorizeHttpRequests(requests -> requests
                        // printing a register is the clerks' and leaders' (RegisterExport decides)
                        .requestMatchers(HttpMethod.GET, "/api/v1/registers/*/export").authenticated()
                        .requestMatchers("/api/v1/admin/**", "/api/v1/audit", "/api/v1/audit/**",
                                "/api/v1/registers", "/api/v1/registers/**", "/api/v1/delegations",
                                "/api/v1/delegations/**", "/api/v1/exchange/peers", "/api/v1/exchange/peers/**",
                                "/api/v1/exchange/node", "/api/v1/address-book/**", "/api/v1/agencies/*/terms",
                                "/api/v1/agencies/*/terms/**", "/api/v1/agencies/*/administration").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.POST, "/api/v1/users", "/api/v1/users/**", "/api/v1/agencies",
                                "/api/v1/agencies/*/units", "/api/v1/organization/lineage").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.PUT, "/api/v1/users/**", "/api/v1/agencies/*",
                                "/api/v1/agencies/*/units/*").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(new ProblemEntryPoint())
                        .authenticationDetailsSource(BasicLoginDetails::new))
                .exceptionHandling(e -> e.authenticationEntryPoint(new ProblemEntryPoint()))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(c -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                // no cookie is ever read on this chain, so there is nothing for a forged request to ride on
                .csrf(csrf -> csrf.disable())
                .addFilterBefore(new ApiTokenFilter(tokens, throttle, audit), BasicAuthenticationFilter.class)
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'")));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain web(HttpSecurity http, Users users, Delegations delegations, IdentityProperties properties,
            java.time.Clock clock) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/login/second-factor", "/error", "/error/**", "/webjars/**", "/css/**", "/js/**",
                                "/img/**", "/favicon.ico")
                        .permitAll()
                        .requestMatchers("/admin/**").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").successHandler(new SecondStep(clock))
                        .failureHandler(new LoginFailureHandler()))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout")
                        .deleteCookies("JSESSIONID", "SESSION"))
                .httpBasic(basic -> basic.disable())
                .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(
                        new HtmxAwareEntryPoint("/login"), request -> true))
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(f -> f.deny()))
                .csrf(Customizer.withDefaults())
                .addFilterAfter(new SessionFreshnessFilter(users, delegations, properties, clock),
                        SecurityContextHolderFilter.class);
        return http.build();
    }

    @Bean
    @Order(0)
    SecurityFilterChain swagger(HttpSecurity http) throws Exception {
        http.securityMatcher("/swagger-ui/**", "/swagger-ui.html", "/v3/api-docs/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(SWAGGER_POLICY)));
        return http.build();
    }

    static HttpStatusEntryPoint unauthorized() {
        return new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED);
    }
}
