package vn.eoffice.platform;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The absolute address of eOffice for links that leave the system (feeds, iCalendar URLs, e-mails):
 * {@code eoffice.public-base-url} when configured, else the address the current request came to (behind a proxy
 * with {@code server.forward-headers-strategy}), else this server's local address. Never ends with "/".
 */
@Component
public class PublicBaseUrl {

    private final String configured;
    private final int port;

    PublicBaseUrl(EOfficeProperties properties, @Value("${server.port:8080}") int port) {
        this.configured = strip(properties.publicBaseUrl());
        this.port = port;
    }

    public String get() {
        if (!configured.isEmpty()) {
            return configured;
        }
        if (RequestContextHolder.getRequestAttributes() != null) {
            return strip(ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString());
        }
        return "http://localhost:" + port;
    }

    /** {@code path} (starting with "/") made absolute. */
    public String of(String path) {
        return get() + path;
    }

    private static String strip(String url) {
        return url == null ? "" : url.strip().replaceAll("/+$", "");
    }
}
