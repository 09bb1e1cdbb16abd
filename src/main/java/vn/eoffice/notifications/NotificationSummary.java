package vn.eoffice.notifications;

import java.time.Instant;

/**
 * A notification as its recipient sees it; {@code link} is a path inside the application or {@code null}.
 */
public record NotificationSummary(Long id, Category category, String title, String body, String link,
        Instant createdAt, Instant readAt) {

    public boolean unread() {
        return readAt == null;
    }
}
