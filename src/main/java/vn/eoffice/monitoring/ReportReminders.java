package vn.eoffice.monitoring;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.eoffice.identity.Role;
import vn.eoffice.identity.UserManagement;
import vn.eoffice.identity.UserSummary;
import vn.eoffice.notifications.Category;
import vn.eoffice.notifications.Notifier;

/**
 * Reminds the heads of units that owe a periodic report: once a few days before it is due, once after. Each reminder
 * is claimed in a ledger with a unique key (insert-if-absent), so two nodes never send the same one. A unit without
 * a head is reminded through its officers.
 */
@Component
class ReportReminders {

    static final int DAYS_BEFORE = 3;

    private final MonitoringQueries queries;
    private final UserManagement users;
    private final Notifier notifier;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    ReportReminders(MonitoringQueries queries, UserManagement users, Notifier notifier, JdbcTemplate jdbc,
            Clock clock) {
        this.queries = queries;
        this.users = users;
        this.notifier = notifier;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Sends what is due on {@code today}; returns how many reminders went out. */
    @Transactional
    int sendDue(LocalDate today) {
        int sent = 0;
        for (var owed : queries.owed(today, DAYS_BEFORE)) {
            String kind = owed.overdue() ? "OVERDUE" : "BEFORE";
            for (var recipient : recipients(owed.unitId())) {
                if (claim(owed, recipient.id(), kind)) {
                    notifier.notify(recipient.id(), Category.TASK, "monitoring.reminder." + kind,
                            new Object[] { owed.title(), owed.period().due() }, "/monitoring/" + owed.documentId());
                    sent++;
                }
            }
        }
        return sent;
    }

    private java.util.List<UserSummary> recipients(Long unitId) {
        var members = users.membersOf(unitId).stream().filter(UserSummary::enabled).toList();
        var heads = members.stream().filter(u -> u.roles().contains(Role.UNIT_HEAD)).toList();
        return heads.isEmpty() ? members.stream().filter(u -> u.roles().contains(Role.OFFICER)).toList() : heads;
    }

    private boolean claim(MonitoringQueries.Owed owed, Long recipientId, String kind) {
        return jdbc.update("insert into monitoring_reminder (monitored_document_id, period_start, unit_id,"
                + " recipient_id, kind, sent_at) values (?, ?, ?, ?, ?, ?) on conflict do nothing", owed.documentId(),
                java.sql.Date.valueOf(owed.period().start()), owed.unitId(), recipientId, kind,
                Timestamp.from(Instant.now(clock))) == 1;
    }
}
