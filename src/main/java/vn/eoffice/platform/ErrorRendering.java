package vn.eoffice.platform;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

import tools.jackson.databind.json.JsonMapper;

/**
 * Answers a failed request: an RFC 9457 problem detail ({@code application/problem+json}, Vietnamese
 * {@code detail}) under {@code /api/}, the friendly error page elsewhere. A client's mistake is logged at DEBUG
 * without a stack trace; only the server's own failures are logged at ERROR.
 */
@Component
class ErrorRendering {

    private static final Logger log = LoggerFactory.getLogger(ErrorRendering.class);

    private final MessageSource messages;
    private final JsonMapper json;

    ErrorRendering(MessageSource messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    static boolean api(HttpServletRequest request, String uri) {
        return uri != null && uri.startsWith(request.getContextPath() + "/api/");
    }

    ModelAndView render(Failure failure, Throwable cause, HttpServletRequest request, String uri) {
        if (failure.clientError()) {
            log.debug("{} {} answered {}: {}", request.getMethod(), uri, failure.status().value(),
                    cause == null ? "" : cause.toString());
        } else {
            log.error("Unexpected error on {} {}", request.getMethod(), uri, cause);
        }
        var page = api(request, uri) ? new ModelAndView(new ProblemView(problem(failure, uri), failure.headers(), json))
                : page(failure);
        page.setStatus(failure.status());
        return page;
    }

    /** A problem detail, in Vietnamese, for a status the container sent before any servlet ran. */
    String containerProblem(int status, String uri) {
        var failure = Failure.ofStatus(status);
        log.debug("The container answered {} {}", uri, failure.status().value());
        var previous = LocaleContextHolder.getLocaleContext();
        LocaleContextHolder.setLocale(WebConfiguration.VIETNAMESE);
        try {
            return json.writeValueAsString(problem(failure, uri));
        } finally {
            LocaleContextHolder.setLocaleContext(previous);
        }
    }

    private ModelAndView page(Failure failure) {
        var page = new ModelAndView("error/status");
        page.addObject("status", failure.pageStatus());
        page.addObject("messageKey", failure.messageKey());
        page.addObject("messageArgs", failure.arguments());
        return page;
    }

    private Map<String, Object> problem(Failure failure, String uri) {
        var problem = new LinkedHashMap<String, Object>();
        problem.put("type", "about:blank");
        problem.put("title", text("error." + failure.pageStatus() + ".title", failure.status().getReasonPhrase()));
        problem.put("status", failure.status().value());
        problem.put("detail", text(failure.messageKey(), failure.messageKey(), failure.arguments()));
        problem.put("instance", uri);
        problem.put("requestId", MDC.get("requestId"));
        if (!failure.fields().isEmpty()) {
            var fields = new LinkedHashMap<String, String>();
            failure.fields().forEach((name, error) ->
                    fields.put(name, messages.getMessage(error, LocaleContextHolder.getLocale())));
            problem.put("fields", fields);
        }
        return problem;
    }

    private String text(String key, String fallback, Object... args) {
        return messages.getMessage(key, args, fallback, LocaleContextHolder.getLocale());
    }
}
