package vn.eoffice.notifications;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * E-mail copies of notifications ({@code eoffice.mail.*}); the SMTP server itself is {@code spring.mail.*}.
 *
 * @param enabled off by default: nothing is sent until an administrator configures SMTP and turns this on
 * @param from the sender, e.g. {@code eOffice <eoffice@btgdv.dienbien.gov.vn>}
 * @param baseUrl the address people open eOffice at, to make the links in e-mails absolute
 * @param maxAttempts how many times one e-mail is tried before it stays failed in the event publication registry
 * @param retryInterval how long a failed e-mail waits before the next try
 */
@ConfigurationProperties("eoffice.mail")
public record NotificationMailProperties(
        @DefaultValue("false") boolean enabled,
        @DefaultValue("eOffice <eoffice@localhost>") String from,
        @DefaultValue("http://localhost:8080") String baseUrl,
        @DefaultValue("3") int maxAttempts,
        @DefaultValue("5m") Duration retryInterval) {

    /** {@code link} (a path inside the application, or null for the notification list) as an absolute URL. */
    String absolute(String link) {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        return base + (link == null ? "/notifications" : link);
    }
}
