package vn.eoffice.platform;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.View;

import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a problem detail whatever the request's {@code Accept} said: a client that asked for XML is told in JSON
 * why it gets nothing else (406).
 */
class ProblemView implements View {

    static final String MEDIA_TYPE = "application/problem+json";

    private final Map<String, Object> problem;
    private final HttpHeaders headers;
    private final JsonMapper json;

    ProblemView(Map<String, Object> problem, HttpHeaders headers, JsonMapper json) {
        this.problem = problem;
        this.headers = headers;
        this.json = json;
    }

    @Override
    public String getContentType() {
        return MEDIA_TYPE;
    }

    @Override
    public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
            throws Exception {
        headers.forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
        response.setContentType(MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
