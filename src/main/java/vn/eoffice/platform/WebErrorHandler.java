package vn.eoffice.platform;

import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Friendly Vietnamese error pages for the HTML interface; the stack trace goes to the log with the request id.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class WebErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(WebErrorHandler.class);

    @ExceptionHandler(AccessDeniedException.class)
    String denied(HttpServletResponse response) {
        response.setStatus(403);
        return "error/403";
    }

    @ExceptionHandler({ NotFoundException.class, NoResourceFoundException.class, MethodArgumentTypeMismatchException.class })
    String notFound(HttpServletResponse response) {
        response.setStatus(404);
        return "error/404";
    }

    @ExceptionHandler(DomainException.class)
    String domain(DomainException e, Model model, HttpServletResponse response) {
        response.setStatus(400);
        model.addAttribute("messageKey", e.messageKey());
        model.addAttribute("messageArgs", e.arguments());
        return "error/400";
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(Model model, HttpServletResponse response) {
        response.setStatus(413);
        model.addAttribute("messageKey", "error.tooLarge");
        return "error/400";
    }

    @ExceptionHandler(Exception.class)
    String unexpected(Exception e, HttpServletResponse response) {
        log.error("Unexpected error", e);
        response.setStatus(500);
        return "error/500";
    }
}
