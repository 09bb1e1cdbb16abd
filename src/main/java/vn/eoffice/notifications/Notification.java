package vn.eoffice.notifications;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One message to one person. Text is rendered when created, so it reads the same later even if wording changes.
 */
@Entity
@Table(name = "notification")
class Notification {

    static final int TITLE_MAX = 300;
    static final int BODY_MAX = 2000;
    static final int LINK_MAX = 500;
    static final int STEP_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long recipientId;
    @Enumerated(EnumType.STRING)
    private Category category;
    private String title;
    private String body;
    private String link;
    private Instant createdAt;
    private Instant readAt;
    private String step;

    protected Notification() {
    }

    Notification(Long recipientId, Category category, String title, String body, String link, Instant now) {
        if (!isSafeLink(link)) {
            throw new IllegalArgumentException("A notification link must be a path inside the application: " + link);
        }
        this.recipientId = recipientId;
        this.category = category;
        this.title = truncate(title, TITLE_MAX);
        this.body = body == null || body.isBlank() ? null : truncate(body, BODY_MAX);
        this.link = link;
        this.createdAt = now.truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * Only paths of this application: "//host" and "/\host" would let a notification send people to another site.
     */
    static boolean isSafeLink(String link) {
        if (link == null) {
            return true;
        }
        return link.length() <= LINK_MAX && link.startsWith("/") && !link.startsWith("//")
                && !link.startsWith("/\\") && link.chars().noneMatch(c -> c < 0x20 || c == 0x7f || c == '\\');
    }

    /** Names the waiting step this notification announces, so that the step's completion marks it read. */
    Notification forStep(String step) {
        this.step = step == null ? null : truncate(step, STEP_MAX);
        return this;
    }

    void markRead(Instant now) {
        if (readAt == null) {
            // the database keeps microseconds: the value returned now equals the value read later
            readAt = now.truncatedTo(ChronoUnit.MICROS);
        }
    }

    NotificationSummary summary() {
        return new NotificationSummary(id, category, title, body, link, createdAt, readAt);
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    Long getId() { return id; }
    Long getRecipientId() { return recipientId; }
    Category getCategory() { return category; }
    String getTitle() { return title; }
    String getBody() { return body; }
    String getLink() { return link; }
    Instant getCreatedAt() { return createdAt; }
    Instant getReadAt() { return readAt; }
    String getStep() { return step; }
}
