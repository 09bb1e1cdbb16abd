package vn.eoffice.platform;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The container's error page ({@code /error}), for what never reached a controller: a status sent by a security
 * filter (403, a rejected request's 400) or the container, or an exception thrown by a filter. Answers like
 * {@link ErrorResponses}: a problem detail under {@code /api/}, the friendly page elsewhere.
 */
@Controller
class ErrorPages implements ErrorController {

    private final ErrorRendering rendering;

    ErrorPages(ErrorRendering rendering) {
        this.rendering = rendering;
    }

    @RequestMapping("/error")
    ModelAndView error(HttpServletRequest request) {
        String uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String original ? original
                : request.getRequestURI();
        var failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable thrown
                ? Failure.of(thrown, !ErrorRendering.api(request, uri))
                : Failure.ofStatus(request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code
                        ? code : 500);
        var cause = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable thrown ? thrown : null;
        return rendering.render(failure, cause, request, uri);
    }
}
