package vn.eoffice.platform;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import org.springframework.web.servlet.ModelAndView;

/**
 * The one place where a failed request becomes its answer, for the API and the pages alike, including failures
 * raised before any controller was chosen (unknown path, wrong method, unreadable upload). Controllers may still
 * answer their own exceptions first.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ErrorResponses {

    private final ErrorRendering rendering;

    ErrorResponses(ErrorRendering rendering) {
        this.rendering = rendering;
    }

    /** The client went away (a closed tab, a dropped live counter): nobody is left to answer. */
    @ExceptionHandler(AsyncRequestNotUsableException.class)
    ModelAndView gone() {
        return new ModelAndView();
    }

    @ExceptionHandler(Exception.class)
    ModelAndView failed(Exception e, HttpServletRequest request) {
        String uri = request.getRequestURI();
        return rendering.render(Failure.of(e, !ErrorRendering.api(request, uri)), e, request, uri);
    }
}
