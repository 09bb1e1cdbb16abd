package vn.eoffice.platform.openapi;

import java.beans.Introspector;
import java.util.Map;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;

import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.HandlerMethod;

/**
 * Completes each operation as the server really answers it: an operation id named for its controller and method
 * ({@code meeting.create}) unless one is given; {@code 204} for a handler that answers no body; JSON where the
 * server answers JSON and bytes where it sends a file; a {@code Location} header on every {@code 201}; and the
 * problem detail on each error status the operation can answer.
 */
@Component
class ApiOperations implements OperationCustomizer {

    static final String PROBLEM_JSON = "application/problem+json";
    private static final String JSON = "application/json";
    private static final String ANY = "*/*";

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        if (!StringUtils.hasText(explicitOperationId(handler))) {
            operation.setOperationId(noun(handler) + "." + handler.getMethod().getName());
        }
        if (operation.getDescription() == null) {
            operation.setDescription(operation.getSummary());
        }
        var responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        operation.setResponses(responses);
        noContent(handler, responses);
        responses.forEach((code, response) -> {
            if (code.startsWith("2")) {
                success(code, response);
            }
        });
        errors(operation, handler).forEach((status, description) -> problem(responses, status, description));
        return operation;
    }

    private static String explicitOperationId(HandlerMethod handler) {
        var annotation = handler.getMethodAnnotation(io.swagger.v3.oas.annotations.Operation.class);
        return annotation == null ? null : annotation.operationId();
    }

    /** {@code MeetingApiController} → {@code meeting}. */
    static String noun(HandlerMethod handler) {
        String name = handler.getBeanType().getSimpleName().replaceFirst("ApiController$", "")
                .replaceFirst("Controller$", "");
        return Introspector.decapitalize(name);
    }

    /** A handler answering {@code ResponseEntity<Void>} with no status of its own answers 204, not 200. */
    private static void noContent(HandlerMethod handler, ApiResponses responses) {
        var type = ResolvableType.forMethodReturnType(handler.getMethod());
        boolean empty = ResponseEntity.class.equals(type.resolve()) && Void.class.equals(type.getGeneric(0).resolve());
        if (empty && !handler.hasMethodAnnotation(ResponseStatus.class) && responses.containsKey("200")) {
            var ok = responses.remove("200");
            responses.addApiResponse("204", new ApiResponse().description(ok.getDescription() == null
                    || "OK".equals(ok.getDescription()) ? "Done; no content" : ok.getDescription()));
        }
    }

    private static void success(String code, ApiResponse response) {
        if ("OK".equals(response.getDescription()) || "Created".equals(response.getDescription())) {
            response.setDescription(HttpStatus.valueOf(Integer.parseInt(code)).getReasonPhrase());
        }
        var content = response.getContent();
        if (content != null && content.containsKey(ANY)) {
            var media = content.remove(ANY);
            content.addMediaType(binary(media.getSchema()) ? "application/octet-stream" : JSON, media);
        }
        if ("201".equals(code)) {
            response.addHeaderObject("Location", new Header().description("Where the created resource is read")
                    .schema(new StringSchema().format("uri-reference")));
        }
    }

    private static boolean binary(Schema<?> schema) {
        return schema != null && "binary".equals(schema.getFormat());
    }

    /** The error statuses this operation can answer, each with what it means here. */
    private static Map<String, String> errors(Operation operation, HandlerMethod handler) {
        var errors = new java.util.LinkedHashMap<String, String>();
        boolean input = operation.getRequestBody() != null
                || (operation.getParameters() != null && !operation.getParameters().isEmpty());
        if (input) {
            errors.put("400", "Invalid input: a missing or malformed parameter or body, or a rule of the domain");
        }
        errors.put("401", "Not signed in: HTTP Basic or a bearer token is needed");
        errors.put("403", "The caller may not do this");
        errors.put("404", "Not found, or not visible to the caller");
        boolean change = !handler.hasMethodAnnotation(org.springframework.web.bind.annotation.GetMapping.class);
        if (change) {
            errors.put("409", "Changed by someone else meanwhile: read it again and retry");
        }
        if (operation.getRequestBody() != null) {
            var content = operation.getRequestBody().getContent();
            if (content != null && content.containsKey("multipart/form-data")) {
                errors.put("413", "An uploaded file is too large");
            }
            errors.put("415", "The body is not of a media type this operation takes");
        }
        errors.put("429", "Too many failed sign-ins: wait as Retry-After says");
        errors.put("500", "The server failed; nothing was changed");
        return errors;
    }

    private static void problem(ApiResponses responses, String status, String description) {
        var response = responses.computeIfAbsent(status, s -> new ApiResponse().description(description));
        if (response.getDescription() == null || response.getDescription().isBlank()) {
            response.setDescription(description);
        }
        response.setContent(new Content().addMediaType(PROBLEM_JSON, new MediaType()
                .schema(new Schema<>().$ref("#/components/schemas/" + ApiDescription.PROBLEM))));
        if ("429".equals(status)) {
            response.addHeaderObject("Retry-After", new Header().description("Seconds to wait")
                    .schema(new io.swagger.v3.oas.models.media.IntegerSchema()));
        }
    }
}
