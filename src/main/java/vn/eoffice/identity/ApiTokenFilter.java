package vn.eoffice.identity;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import vn.eoffice.audit.AuditLog;
import vn.eoffice.audit.Outcome;

/**
 * Authenticates {@code Authorization: Bearer <token>} on the API chain; an unknown, expired or revoked token is 401
 * and counts as a failed login of its source address, which then waits like any other ({@link LoginThrottle}).
 */
class ApiTokenFilter extends OncePerRequestFilter {

    private final TokenService tokens;
    private final LoginThrottle throttle;
    private final AuditLog audit;

    ApiTokenFilter(TokenService tokens, LoginThrottle throttle, AuditLog audit) {
        this.tokens = tokens;
        this.throttle = throttle;
        this.audit = audit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            String address = request.getRemoteAddr();
            var wait = throttle.waitFor(null, address);
            if (wait.isPresent()) {
                var refused = new LoginThrottledException(wait.get());
                audit.recordFor(null, "(bearer)", "LOGIN_THROTTLED",
                        "retry after " + refused.retryAfterSeconds() + " s", Outcome.DENIED);
                ProblemEntryPoint.tooManyAttempts(response, refused.retryAfterSeconds());
                return;
            }
            var user = tokens.authenticate(header.substring(7).trim());
            if (user.isEmpty()) {
                throttle.recordFailure(null, address);
                audit.recordFor(null, "(bearer)", "LOGIN_FAILED", "invalid token", Outcome.DENIED);
                ProblemEntryPoint.write(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized",
                        "Mã truy cập không hợp lệ hoặc đã hết hạn.");
                return;
            }
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(new ApiTokenAuthentication(user.get()));
            SecurityContextHolder.setContext(context);
        }
        chain.doFilter(request, response);
    }
}
