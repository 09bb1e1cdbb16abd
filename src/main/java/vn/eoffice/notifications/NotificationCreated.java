package vn.eoffice.notifications;

/**
 * A notification was stored for a person; published in the creating transaction (drives the e-mail copy).
 */
public record NotificationCreated(Long notificationId, Long recipientId, Category category) {
}
