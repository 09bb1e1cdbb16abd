package vn.eoffice.identity;

import java.time.Clock;
import java.time.Instant;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import vn.eoffice.audit.AuditLog;
import vn.eoffice.audit.Outcome;

/**
 * Counts failed logins, locks an account for a while after too many in a row, and keeps the login history in the
 * audit log (actions LOGIN, LOGIN_FAILED, LOGIN_LOCKED, LOGOUT).
 */
@Component
class LoginAttempts {

    private final Users users;
    private final AuditLog audit;
    private final IdentityProperties properties;
    private final Clock clock;

    LoginAttempts(Users users, AuditLog audit, IdentityProperties properties, Clock clock) {
        this.users = users;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void on(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof CurrentUser current
                && !(event.getAuthentication() instanceof ApiTokenAuthentication)) {
            users.clearFailedLogins(current.id());
            // HTTP Basic authenticates every API call: a LOGIN line each time would flood the history
            if (!apiRequest()) {
                audit.recordFor(current.id(), current.username(), "LOGIN", null, Outcome.SUCCESS);
            }
        }
    }

    @EventListener
    @Transactional
    public void on(AbstractAuthenticationFailureEvent event) {
        String username = String.valueOf(event.getAuthentication().getPrincipal());
        var user = users.findByUsernameIgnoreCase(username.trim());
        if (event instanceof AuthenticationFailureBadCredentialsEvent && user.isPresent()) {
            Long id = user.get().getId();
            users.countFailedLogin(id);
            var until = Instant.now(clock).plus(properties.lockoutDuration());
            if (users.lockIfTooManyFailures(id, properties.maxFailedLogins(), until) > 0) {
                audit.recordFor(user.get().getId(), user.get().getUsername(), "LOGIN_LOCKED", null, Outcome.DENIED);
            }
        }
        audit.recordFor(user.map(User::getId).orElse(null), truncate(username), "LOGIN_FAILED",
                event.getException().getClass().getSimpleName(), Outcome.DENIED);
    }

    @EventListener
    public void on(LogoutSuccessEvent event) {
        if (event.getAuthentication() != null && event.getAuthentication().getPrincipal() instanceof CurrentUser c) {
            audit.recordFor(c.id(), c.username(), "LOGOUT", null, Outcome.SUCCESS);
        }
    }

    private static boolean apiRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                && attributes.getRequest().getRequestURI()
                        .startsWith(attributes.getRequest().getContextPath() + "/api/");
    }

    private static String truncate(String username) {
        return username.length() > 60 ? username.substring(0, 60) : username;
    }
}
