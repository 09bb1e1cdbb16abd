package vn.eoffice.monitoring;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.eoffice.audit.AuditLog;
import vn.eoffice.identity.Role;
import vn.eoffice.identity.UserManagement;
import vn.eoffice.identity.UserSummary;
import vn.eoffice.notifications.Category;
import vn.eoffice.notifications.NotificationMailProperties;
import vn.eoffice.notifications.Notifier;

/**
 * Reminds the hosted committees of the reports they owe (their clerks and leaders): when a period opens, a few days
 * before it is due, and after. Each reminder is claimed in a ledger with a unique key, so two nodes never send the
 * same one. An external committee is reminded by e-mail to its address-book address when the officer asks.
 */
@Component
class CommitteeReminders {

    private static final Logger log = LoggerFactory.getLogger(CommitteeReminders.class);
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final CommitteeQueries queries;
    private final UserManagement users;
    private final Notifier notifier;
    private final JdbcTemplate jdbc;
    private final ObjectProvider<JavaMailSender> sender;
    private final NotificationMailProperties mail;
    private final MessageSource messages;
    private final AuditLog audit;
    private final Clock clock;

    CommitteeReminders(CommitteeQueries queries, UserManagement users, Notifier notifier, JdbcTemplate jdbc,
            ObjectProvider<JavaMailSender> sender, NotificationMailProperties mail, MessageSource messages,
            AuditLog audit, Clock clock) {
        this.queries = queries;
        this.users = users;
        this.notifier = notifier;
        this.jdbc = jdbc;
        this.sender = sender;
        this.mail = mail;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    /** Sends what is due on {@code today}; returns how many reminders went out. */
    @Transactional
    int sendDue(LocalDate today) {
        int sent = 0;
        for (var owed : queries.owed(today, ReportReminders.DAYS_BEFORE)) {
            String kind = owed.overdue() ? "OVERDUE" : "BEFORE";
            for (var recipient : recipients(owed.committeeId())) {
                if (claim(owed, recipient.id(), kind)) {
                    notify(recipient, owed, kind);
                    sent++;
                }
            }
        }
        return sent;
    }

    /** Tells the committee's clerks and leaders that a period opened (once per period and person). */
    @Transactional
    int announceOpened(LocalDate today) {
        int sent = 0;
        for (var owed : queries.opened(today)) {
            for (var recipient : recipients(owed.committeeId())) {
                if (claim(owed, recipient.id(), "OPENED")) {
                    notify(recipient, owed, "OPENED");
                    sent++;
                }
            }
        }
        return sent;
    }

    /** The officer's reminder by hand; the answer says how it went out (IN_APP, EMAIL or PHONE: not reachable). */
    String remindByHand(CommitteeViews.Owed owed, boolean hosted, String email) {
        String how;
        if (hosted) {
            recipients(owed.committeeId()).forEach(r -> notify(r, owed, "MANUAL"));
            how = "IN_APP";
        } else if (email != null && !email.isBlank() && mailed(email, owed)) {
            how = "EMAIL";
        } else {
            how = "PHONE";
        }
        audit.record("MONITORING_COMMITTEE_REMINDED", "MONITORED_DOCUMENT", owed.documentId(), "committee "
                + owed.committeeId() + ", period " + owed.period().start() + ", " + how);
        return how;
    }

    /** The committee's clerks and leaders learn that an action programme is asked of it, and by when. */
    void programmeRequired(Long resolutionId, String title, Long committeeId, LocalDate dueOn) {
        for (var recipient : recipients(committeeId)) {
            notifier.notify(recipient.id(), Category.TASK, "monitoring.programme.required.notice",
                    new Object[] { title, dueOn }, "/monitoring/" + resolutionId + "/programmes/" + committeeId);
        }
    }

    private boolean mailed(String email, CommitteeViews.Owed owed) {
        JavaMailSender smtp = sender.getIfAvailable();
        if (!mail.enabled() || smtp == null) {
            return false;
        }
        try {
            var message = smtp.createMimeMessage();
            var helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
            Object[] args = { owed.title(), owed.period().due() };
            helper.setFrom(mail.from());
            helper.setTo(email);
            helper.setSubject("[eOffice] " + messages.getMessage("monitoring.reminder.MANUAL", args, VIETNAMESE));
            helper.setText(messages.getMessage("monitoring.committee.mail.body", args, VIETNAMESE));
            smtp.send(message);
            return true;
        } catch (Exception e) {
            log.warn("Reminder to {} failed: {}", email, e.toString());
            return false;
        }
    }

    private void notify(UserSummary recipient, CommitteeViews.Owed owed, String kind) {
        notifier.notify(recipient.id(), Category.TASK, "monitoring.reminder." + kind,
                new Object[] { owed.title(), owed.period().due() }, "/monitoring/" + owed.documentId()
                        + "/committees/" + owed.committeeId() + "/report?period=" + owed.period().start());
    }

    /** A committee's clerks and leaders, enabled. */
    List<UserSummary> recipients(Long committeeId) {
        return users.staffOf(committeeId).stream().filter(UserSummary::enabled)
                .filter(u -> u.roles().contains(Role.CLERK) || u.roles().contains(Role.LEADER)).toList();
    }

    private boolean claim(CommitteeViews.Owed owed, Long recipientId, String kind) {
        return jdbc.update("insert into monitoring_committee_reminder (monitored_document_id, period_start,"
                + " committee_id, recipient_id, kind, sent_at) values (?, ?, ?, ?, ?, ?) on conflict do nothing",
                owed.documentId(), java.sql.Date.valueOf(owed.period().start()), owed.committeeId(), recipientId,
                kind, Timestamp.from(Instant.now(clock))) == 1;
    }
}
