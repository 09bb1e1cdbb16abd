package vn.eoffice.platform;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.context.SecurityContextHolder;


/**
 * Which requests render a full page with the layout (and so need its badges): not the API, not htmx fragments, not
 * event streams; and who is signed in.
 */
public final class FullPages {

    private FullPages() {
    }

    /** The signed-in person of a request that renders the layout, or {@code null}. */
    public static Actor signedInFullPage(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/") || path.endsWith("/stream") || request.getHeader("HX-Request") != null) {
            return null;
        }
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof Actor actor
                && actor.userId() != null ? actor : null;
    }
}
