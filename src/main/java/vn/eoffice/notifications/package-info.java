/**
 * Notifications (thông báo): in-app messages with a live unread counter, optional e-mail copies, per-person choices.
 * Other modules call {@link vn.eoffice.notifications.Notifier#notify} (or publish an event that a listener here turns
 * into a notification, as for identity's delegations and password resets).
 *
 * <p>How the pieces stay reliable:
 * <ul>
 * <li>The notification row is written in the caller's transaction, so a rolled-back change leaves no notification
 * and no e-mail.</li>
 * <li>E-mail goes through the internal {@link vn.eoffice.notifications.NotificationCreated} event and a Spring
 * Modulith {@code @ApplicationModuleListener}: the event publication registry ({@code event_publication}) stores the
 * publication in the same transaction, the listener runs after commit on another thread, and a failed send leaves the
 * publication incomplete. {@code MailRetry} resubmits failed ones (claimed by the registry, so one node sends) up to
 * {@code eoffice.mail.max-attempts}, and unfinished ones are republished on restart. Chosen over a hand-made outbox
 * table because the registry already gives at-least-once delivery with the same transaction, and over a plain
 * {@code @Async} call because that would lose the e-mail on a crash. SMTP trouble never rolls back or blocks the
 * business request.</li>
 * <li>The live counter (server-sent events, event {@code unread}) is per node: after a commit the node that made the
 * change pushes the new count, and every node's heartbeat (about every 25 s) re-reads the counts of the people
 * connected to it from the database, so in a cluster a notification created on another node shows within one
 * heartbeat. No sticky sessions or message broker are needed.</li>
 * <li>Reading notifications is personal viewing state and is not written to the audit log (it would flood it);
 * changes to e-mail choices are audited.</li>
 * </ul>
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications",
        allowedDependencies = { "identity", "audit", "platform", "documents", "tasks" })
package vn.eoffice.notifications;
