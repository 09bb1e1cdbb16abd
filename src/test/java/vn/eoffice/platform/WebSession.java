package vn.eoffice.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A browser's view of the running test server over real HTTP: signs in through the login form, asks for gzip, and
 * counts the bytes that cross the wire (headers and the body as sent, compressed or not).
 */
public final class WebSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern ASSET = Pattern.compile("<(?:link[^>]+href|script[^>]+src)=\"(/[^\"]+\\.(?:css|js))\"");

    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL).build();
    private final String base;

    private WebSession(String base) {
        this.base = base;
    }

    public static WebSession signIn(int port, String username, String password) {
        var session = new WebSession("http://localhost:" + port);
        var login = session.get("/login");
        var token = CSRF.matcher(login.text());
        if (!token.find()) {
            throw new IllegalStateException("no CSRF token on the login page");
        }
        String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(token.group(1));
        var after = session.send(HttpRequest.newBuilder(URI.create(session.base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        if (after.uri().getPath().startsWith("/login")) {
            throw new IllegalStateException("sign-in refused for " + username);
        }
        return session;
    }

    public Response get(String path) {
        return send(HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : base + path))
                .header("Accept-Encoding", "gzip").GET().build());
    }

    /** A conditional GET the way a browser revalidates what it holds. */
    public Response revalidate(String path, String etag) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept-Encoding", "gzip")
                .header("If-None-Match", etag).GET().build());
    }

    private Response send(HttpRequest request) {
        try {
            return new Response(client.send(request, HttpResponse.BodyHandlers.ofByteArray()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** One response with what a browser's cache reads from it. */
    public record Response(HttpResponse<byte[]> raw) {

        public int status() {
            return raw.statusCode();
        }

        public URI uri() {
            return raw.uri();
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse("");
        }

        /** Status line, headers and body as transferred. */
        public long wireBytes() {
            long headers = 17;
            for (var entry : raw.headers().map().entrySet()) {
                for (String value : entry.getValue()) {
                    headers += entry.getKey().length() + value.length() + 4;
                }
            }
            return headers + raw.body().length;
        }

        public String text() {
            byte[] body = raw.body();
            if ("gzip".equals(header("Content-Encoding"))) {
                try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(body))) {
                    body = in.readAllBytes();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return new String(body, StandardCharsets.UTF_8);
        }

        /** The stylesheets and scripts the page links to, as written in it. */
        public List<String> assets() {
            var found = new ArrayList<String>();
            var matcher = ASSET.matcher(text());
            while (matcher.find()) {
                found.add(matcher.group(1));
            }
            return found;
        }

        /** Whether a browser may reuse the response without asking the server again. */
        public boolean freshForAYear() {
            var cacheControl = header("Cache-Control");
            var maxAge = Pattern.compile("max-age=(\\d+)").matcher(cacheControl);
            return status() == 200 && !cacheControl.contains("no-store") && !cacheControl.contains("no-cache")
                    && maxAge.find() && Long.parseLong(maxAge.group(1)) >= 365L * 24 * 3600;
        }
    }
}
