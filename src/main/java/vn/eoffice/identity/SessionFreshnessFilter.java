package vn.eoffice.identity;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a browser session whose account was disabled, locked or given a new password since the session signed in,
 * so that an administrator's action takes effect on the person's next request rather than at session timeout.
 * A person acting for a colleague stops doing so once the delegation is revoked or over. The account is re-read
 * at most once per {@code eoffice.identity.session-check-interval}.
 */
class SessionFreshnessFilter extends OncePerRequestFilter {

    static final String CHECKED_AT = SessionFreshnessFilter.class.getName() + ".checkedAt";

    private final Users users;
    private final Delegations delegations;
    private final IdentityProperties properties;
    private final Clock clock;
    private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    SessionFreshnessFilter(Users users, Delegations delegations, IdentityProperties properties, Clock clock) {
        this.users = users;
        this.delegations = delegations;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/webjars/") || path.startsWith("/css/") || path.startsWith("/js/")
                || path.startsWith("/img/") || path.equals("/favicon.ico");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!(authentication != null && authentication.getPrincipal() instanceof CurrentUser principal)
                || !dueForCheck(request)) {
            chain.doFilter(request, response);
            return;
        }
        if (!stillValid(principal)) {
            var session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            SecurityContextHolder.clearContext();
            String login = request.getContextPath() + "/login?expired";
            if (request.getHeader("HX-Request") != null) {
                response.setHeader("HX-Redirect", login);
                response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            } else {
                response.sendRedirect(login);
            }
            return;
        }
        if (principal.delegator() != null && !delegationInForce(principal)) {
            var context = SecurityContextHolder.createEmptyContext();
            var alone = principal.withDelegator(null);
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(alone, null,
                    alone.getAuthorities()));
            SecurityContextHolder.setContext(context);
            sessions.saveContext(context, request, response);
        }
        chain.doFilter(request, response);
    }

    private boolean delegationInForce(CurrentUser principal) {
        var today = LocalDate.now(clock);
        return delegations.findByDeputyIdAndRevokedAtIsNull(principal.id()).stream()
                .anyMatch(d -> d.getDelegatorId().equals(principal.delegator().userId()) && d.activeOn(today));
    }

    private boolean dueForCheck(HttpServletRequest request) {
        var session = request.getSession(false);
        if (session == null || properties.sessionCheckInterval().isZero()) {
            return true;
        }
        var now = Instant.now(clock);
        if (session.getAttribute(CHECKED_AT) instanceof Instant last
                && last.plus(properties.sessionCheckInterval()).isAfter(now)) {
            return false;
        }
        session.setAttribute(CHECKED_AT, now);
        return true;
    }

    private boolean stillValid(CurrentUser principal) {
        return users.findById(principal.id())
                .filter(User::isEnabled)
                .filter(user -> !changedSince(user.getPasswordChangedAt(), principal.passwordChangedAt()))
                .isPresent();
    }

    /** Compared at the database's precision: the session's copy came from the database, the entity may not. */
    private static boolean changedSince(Instant current, Instant atSignIn) {
        if (current == null) {
            return false;
        }
        return atSignIn == null
                || current.truncatedTo(ChronoUnit.MICROS).isAfter(atSignIn.truncatedTo(ChronoUnit.MICROS));
    }
}
