package vn.eoffice.identity;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import vn.eoffice.audit.AuditLog;
import vn.eoffice.audit.Outcome;

/**
 * Password login for the form and HTTP Basic alike. An attempt that must still wait ({@link LoginThrottle}) is
 * refused before anything else; otherwise the password is checked, and only then whether the account is enabled, so
 * that an unknown name, a disabled account and a wrong password look the same to whoever does not know the
 * password. Spring's provider hashes a dummy password for unknown names, so they take as long as known ones. An
 * account with a second factor cannot sign in over HTTP Basic (nowhere to type the code): it uses API tokens.
 */
class ThrottledLogin implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final AuditLog audit;

    ThrottledLogin(Accounts accounts, PasswordEncoder encoder, LoginThrottle throttle, AuditLog audit) {
        this.passwords = new DaoAuthenticationProvider(accounts);
        this.passwords.setPasswordEncoder(encoder);
        this.passwords.setPreAuthenticationChecks(user -> {
        });
        this.passwords.setPostAuthenticationChecks(user -> {
            if (!user.isEnabled()) {
                throw new DisabledException("disabled");
            }
        });
        this.throttle = throttle;
        this.audit = audit;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        String address = sourceAddress(authentication);
        var wait = throttle.waitFor(username, address);
        if (wait.isPresent()) {
            var refused = new LoginThrottledException(wait.get());
            audit.recordFor(null, LoginThrottle.typed(username), "LOGIN_THROTTLED",
                    "retry after " + refused.retryAfterSeconds() + " s", Outcome.DENIED);
            throw refused;
        }
        var signedIn = passwords.authenticate(authentication);
        if (signedIn.getPrincipal() instanceof CurrentUser user && user.secondFactor()
                && authentication.getDetails() instanceof BasicLoginDetails) {
            audit.recordFor(user.id(), user.username(), "LOGIN_FAILED", "HTTP Basic without the second factor",
                    Outcome.DENIED);
            throw new SecondFactorRequiredException();
        }
        return signedIn;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** The address the attempt came from, as the servlet container sees it (behind a proxy: forwarded headers). */
    static String sourceAddress(Authentication authentication) {
        if (authentication != null && authentication.getDetails() instanceof WebAuthenticationDetails details) {
            return details.getRemoteAddress();
        }
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return attributes.getRequest().getRemoteAddr();
        }
        return null;
    }
}
