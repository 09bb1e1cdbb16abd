package vn.eoffice.platform;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * What went wrong with a request, as the user is told: the status, a message key with its arguments, headers the
 * status calls for ({@code Allow} with 405) and, for invalid fields, each field's error. Anything not recognised
 * here is the server's fault (500); everything recognised is the client's (4xx).
 */
record Failure(HttpStatus status, String messageKey, Object[] arguments, HttpHeaders headers,
        Map<String, FieldError> fields) {

    static Failure of(Throwable e, boolean browser) {
        if (e instanceof DomainException d) {
            // a rule that found the record changed since it was read is a conflict, as an optimistic lock is
            return client("error.conflict".equals(d.messageKey()) ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST,
                    d.messageKey(), d.arguments());
        }
        if (e instanceof NotFoundException || e instanceof NoResourceFoundException
                || e instanceof NoHandlerFoundException) {
            return client(HttpStatus.NOT_FOUND, "error.404.text");
        }
        if (e instanceof AccessDeniedException) {
            return client(HttpStatus.FORBIDDEN, "error.403.text");
        }
        if (e instanceof OptimisticLockingFailureException) {
            return client(HttpStatus.CONFLICT, "error.conflict");
        }
        if (e instanceof BindException b) {
            return invalid(b);
        }
        if (e instanceof HandlerMethodValidationException) {
            return client(HttpStatus.BAD_REQUEST, "error.validation");
        }
        if (e instanceof MaxUploadSizeExceededException) {
            return client(HttpStatus.PAYLOAD_TOO_LARGE, "error.tooLarge");
        }
        if (e instanceof MultipartException) {
            return client(HttpStatus.BAD_REQUEST, "error.multipart");
        }
        if (e instanceof InvalidParameterException) {
            return client(HttpStatus.BAD_REQUEST, "error.query");
        }
        if (e instanceof HttpMessageNotReadableException) {
            return client(HttpStatus.BAD_REQUEST, "error.unreadable");
        }
        if (e instanceof MethodArgumentTypeMismatchException t) {
            // an id that is not a number names no page: the browser is told "not found", as for any unknown id
            return browser && t.getParameter().hasParameterAnnotation(PathVariable.class)
                    ? client(HttpStatus.NOT_FOUND, "error.404.text")
                    : client(HttpStatus.BAD_REQUEST, "error.parameter", t.getName());
        }
        if (e instanceof TypeMismatchException t) {
            return client(HttpStatus.BAD_REQUEST, "error.parameter", String.valueOf(t.getPropertyName()));
        }
        if (e instanceof MissingServletRequestPartException p) {
            return client(HttpStatus.BAD_REQUEST, "error.missingPart", p.getRequestPartName());
        }
        if (e instanceof MissingServletRequestParameterException p) {
            return client(HttpStatus.BAD_REQUEST, "error.missingParameter", p.getParameterName());
        }
        if (e instanceof HttpRequestMethodNotSupportedException m) {
            return withHeaders(client(HttpStatus.METHOD_NOT_ALLOWED, "error.405.text"), m);
        }
        if (e instanceof HttpMediaTypeNotSupportedException m) {
            return withHeaders(client(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "error.415.text",
                    String.valueOf(m.getContentType())), m);
        }
        if (e instanceof HttpMediaTypeNotAcceptableException) {
            return client(HttpStatus.NOT_ACCEPTABLE, "error.406.text");
        }
        if (e instanceof ErrorResponse r && r.getStatusCode().is4xxClientError()) {
            return withHeaders(client(HttpStatus.valueOf(r.getStatusCode().value()), "error.400.text"), r);
        }
        return new Failure(HttpStatus.INTERNAL_SERVER_ERROR, "error.500.text", new Object[0], new HttpHeaders(),
                Map.of());
    }

    /** For a status that reached the error page without an exception (a filter or the container sent it). */
    static Failure ofStatus(int status) {
        var known = HttpStatus.resolve(status);
        if (known == null || !known.isError()) {
            known = HttpStatus.INTERNAL_SERVER_ERROR;
        }
        String key = switch (known) {
            case NOT_FOUND, FORBIDDEN, METHOD_NOT_ALLOWED, INTERNAL_SERVER_ERROR -> "error." + known.value() + ".text";
            case PAYLOAD_TOO_LARGE -> "error.tooLarge";
            default -> known.is4xxClientError() ? "error.400.text" : "error.500.text";
        };
        return new Failure(known, key, new Object[0], new HttpHeaders(), Map.of());
    }

    boolean clientError() {
        return status.is4xxClientError();
    }

    /** The status whose title the error page shows: one of those the page has words for. */
    int pageStatus() {
        return switch (status.value()) {
            case 400, 403, 404, 405, 406, 409, 413, 415, 500 -> status.value();
            default -> clientError() ? 400 : 500;
        };
    }

    private static Failure client(HttpStatus status, String key, Object... arguments) {
        return new Failure(status, key, arguments, new HttpHeaders(), Map.of());
    }

    private static Failure withHeaders(Failure failure, ErrorResponse response) {
        failure.headers().addAll(response.getHeaders());
        return failure;
    }

    private static Failure invalid(BindException e) {
        var fields = new LinkedHashMap<String, FieldError>();
        for (FieldError error : e.getBindingResult().getFieldErrors()) {
            fields.putIfAbsent(error.getField(), error);
        }
        return new Failure(HttpStatus.BAD_REQUEST, "error.validation", new Object[0], new HttpHeaders(), fields);
    }
}
