package vn.eoffice.notifications;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.eoffice.identity.UserManagement;

/**
 * Sends the e-mail copy of a new notification after its transaction committed, on another thread. A failure throws,
 * which leaves the event publication incomplete so that {@link MailRetry} tries again; the in-app notification and
 * the business change that caused it are already committed and stay.
 */
@Component
class NotificationMailer {

    private static final Logger log = LoggerFactory.getLogger(NotificationMailer.class);

    private final NotificationMailProperties properties;
    private final NotificationSettings settings;
    private final Notifications notifications;
    private final UserManagement users;
    private final MailComposer composer;
    private final ObjectProvider<JavaMailSender> sender;

    NotificationMailer(NotificationMailProperties properties, NotificationSettings settings,
            Notifications notifications, UserManagement users, MailComposer composer,
            ObjectProvider<JavaMailSender> sender) {
        this.properties = properties;
        this.settings = settings;
        this.notifications = notifications;
        this.users = users;
        this.composer = composer;
        this.sender = sender;
    }

    @ApplicationModuleListener(readOnlyTransaction = true)
    void on(NotificationCreated event) throws Exception {
        JavaMailSender mail = sender.getIfAvailable();
        if (!properties.enabled() || mail == null || !settings.wantsEmail(event.recipientId(), event.category())) {
            return;
        }
        var recipient = users.summary(event.recipientId());
        var notification = notifications.findById(event.notificationId()).orElse(null);
        if (notification == null || !recipient.enabled() || recipient.email() == null
                || recipient.email().isBlank()) {
            return;
        }
        try {
            mail.send(composer.compose(mail, notification, recipient));
        } catch (Exception e) {
            log.warn("E-mail for notification {} to user {} failed, will retry: {}", event.notificationId(),
                    event.recipientId(), e.toString());
            throw e;
        }
    }
}
