package vn.eoffice.tasks;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Remembers which reminders went out. Claiming is an insert-if-absent on a unique key, so of two nodes racing for
 * the same reminder exactly one wins, whatever the scheduler lock did.
 */
@Component
class ReminderLedger {

    private final JdbcTemplate jdbc;

    ReminderLedger(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** True for the one caller that may send this reminder. */
    boolean claim(Long taskId, Long recipientId, ReminderKind kind, LocalDate day, Instant now) {
        return jdbc.update("insert into task_reminder (task_id, recipient_id, kind, reminder_day, sent_at)"
                + " values (?, ?, ?, ?, ?) on conflict do nothing", taskId, recipientId, kind.name(),
                java.sql.Date.valueOf(day), Timestamp.from(now)) == 1;
    }

    /** True for the one caller that may send this person's digest of {@code day}. */
    boolean claimDigest(Long recipientId, LocalDate day, Instant now) {
        return jdbc.update("insert into task_digest (recipient_id, digest_day, sent_at) values (?, ?, ?)"
                + " on conflict do nothing", recipientId, java.sql.Date.valueOf(day), Timestamp.from(now)) == 1;
    }

    int count(Long taskId) {
        return jdbc.queryForObject("select count(*) from task_reminder where task_id = ?", Integer.class, taskId);
    }
}
