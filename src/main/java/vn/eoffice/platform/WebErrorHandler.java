package vn.eoffice.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Friendly Vietnamese error pages for the HTML interface; the stack trace goes to the log with the request id.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class WebErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(WebErrorHandler.class);

    private final MessageSource messages;

    WebErrorHandler(MessageSource messages) {
        this.messages = messages;
    }

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

    /** Uploads are parsed before any handler is chosen, so API callers are recognised by their path here. */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(HttpServletRequest request, HttpServletResponse response) throws java.io.IOException {
        response.setStatus(413);
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setContentType("application/problem+json;charset=UTF-8");
            response.getWriter().write("{\"status\":413,\"detail\":\""
                    + messages.getMessage("error.tooLarge", null, LocaleContextHolder.getLocale()) + "\"}");
            return new ModelAndView();
        }
        var page = new ModelAndView("error/400");
        page.addObject("messageKey", "error.tooLarge");
        return page;
    }

    @ExceptionHandler(Exception.class)
    String unexpected(Exception e, HttpServletResponse response) {
        log.error("Unexpected error", e);
        response.setStatus(500);
        return "error/500";
    }
}
