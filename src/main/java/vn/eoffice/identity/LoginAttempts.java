package vn.eoffice.identity;

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
 * Counts failed logins towards the delays of {@link LoginThrottle} and keeps the login history in the audit log
 * (actions LOGIN, LOGIN_FAILED, LOGIN_THROTTLED, LOGOUT; the username as typed, the source address, never the
 * password).
 */
@Component
class LoginAttempts {

    private final Users users;
    private final LoginThrottle throttle;
    private final AuditLog audit;

    LoginAttempts(Users users, LoginThrottle throttle, AuditLog audit) {
        this.users = users;
        this.throttle = throttle;
        this.audit = audit;
    }

    @EventListener
    @Transactional
    public void on(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof CurrentUser current
                && !(event.getAuthentication() instanceof ApiTokenAuthentication)) {
            if (current.secondFactor()) {
                // only the password so far: the delays end, and LOGIN is written, once the code is right too
                audit.recordFor(current.id(), current.username(), "LOGIN_PASSWORD", null, Outcome.SUCCESS);
                return;
            }
            boolean hadFailures = throttle.recordSuccess(current.username());
            // HTTP Basic authenticates every API call: a LOGIN line each time would flood the history, so only the
            // success that ends a run of failures is written there
            if (!apiRequest() || hadFailures) {
                audit.recordFor(current.id(), current.username(), "LOGIN", null, Outcome.SUCCESS);
            }
        }
    }

    @EventListener
    @Transactional
    public void on(AbstractAuthenticationFailureEvent event) {
        if (event.getException() instanceof LoginThrottledException) {
            return; // refused before the password was looked at, and audited there
        }
        String username = LoginThrottle.typed(String.valueOf(event.getAuthentication().getPrincipal()));
        if (event instanceof AuthenticationFailureBadCredentialsEvent) {
            throttle.recordFailure(username, ThrottledLogin.sourceAddress(event.getAuthentication()));
        }
        var user = users.findByUsernameIgnoreCase(username.trim());
        audit.recordFor(user.map(User::getId).orElse(null), username, "LOGIN_FAILED",
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
}
