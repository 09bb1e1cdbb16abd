package vn.eoffice;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * eOffice's JSON API as a client outside the process sees it: HTTP Basic as one user, JSON in and out, and the
 * multipart registration of an incoming document.
 */
final class ApiClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String baseUrl;
    private final String authorization;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private ApiClient(String baseUrl, String authorization) {
        this.baseUrl = baseUrl;
        this.authorization = authorization;
    }

    /**
     * A client for the user with an access token issued by password once: every request with the password would pay
     * for a BCrypt check, which on two busy cores costs more than the request itself.
     */
    static ApiClient signIn(String baseUrl, String username, String password) throws IOException, InterruptedException {
        var basic = new ApiClient(baseUrl, "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
        var request = basic.request("/api/v1/me/tokens").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Kiểm tra phục hồi sau sự cố\"}")).build();
        var answer = basic.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (answer.statusCode() != 201) {
            throw new IllegalStateException("no token for " + username + ": " + answer.statusCode());
        }
        return new ApiClient(baseUrl, "Bearer " + JSON.readTree(answer.body()).get("secret").asString());
    }

    /** The answer to a registration: the document's id and its arrival number (số đến). */
    record Registered(long id, long arrivalNumber) {
    }

    /** The request never reached the server (nothing was sent), unlike an answer lost in flight. */
    static final class NotSent extends IOException {
        NotSent(ConnectException cause) {
            super(cause);
        }
    }

    /** Registers an incoming document with one PDF; throws {@link NotSent}, or IOException when no answer came. */
    Registered register(JsonNode metadata, String fileName, byte[] pdf) throws IOException, InterruptedException {
        String boundary = "----eoffice" + UUID.randomUUID();
        var body = new ByteArrayOutputStream();
        part(body, boundary, "Content-Disposition: form-data; name=\"metadata\"\r\n"
                + "Content-Type: application/json\r\n", JSON.writeValueAsBytes(metadata));
        part(body, boundary, "Content-Disposition: form-data; name=\"files\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: application/pdf\r\n", pdf);
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        var request = request("/api/v1/documents/incoming")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        var answer = send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (answer.statusCode() != 201) {
            throw new IllegalStateException("registration refused with " + answer.statusCode() + ": "
                    + new String(answer.body(), StandardCharsets.UTF_8));
        }
        JsonNode registered = JSON.readTree(answer.body());
        return new Registered(registered.get("id").asLong(), registered.get("arrivalNumber").asLong());
    }

    /** The JSON answer to a GET, or null for 404. */
    JsonNode get(String path) throws IOException, InterruptedException {
        var answer = send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        if (answer.statusCode() == 404) {
            return null;
        }
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + answer.statusCode());
        }
        return JSON.readTree(answer.body());
    }

    /** The bytes of a download, or null when the server refuses it (missing, or damaged on disk). */
    byte[] download(String path) throws IOException, InterruptedException {
        var answer = send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        return answer.statusCode() == 200 ? answer.body() : null;
    }

    static String query(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static JsonNode json(Object value) {
        return JSON.valueToTree(value);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", authorization).header("Accept", "application/json");
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body)
            throws IOException, InterruptedException {
        try {
            return http.send(request, body);
        } catch (ConnectException e) {
            throw new NotSent(e);
        }
    }

    private static void part(ByteArrayOutputStream body, String boundary, String headers, byte[] content)
            throws IOException {
        body.write(("--" + boundary + "\r\n" + headers + "\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write("\r\n".getBytes(StandardCharsets.US_ASCII));
    }
}
