package vn.eoffice.meetings;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import vn.eoffice.notifications.Category;
import vn.eoffice.notifications.Notifier;
import vn.eoffice.platform.Dates;

/**
 * Reminds everyone a meeting concerns shortly before each occurrence ({@code eoffice.meetings.reminder-before}).
 * One node runs it (ShedLock); the ledger's unique key still makes each occurrence's reminder go out once.
 */
@Component
class MeetingReminders {

    private static final Logger log = LoggerFactory.getLogger(MeetingReminders.class);

    private final Meetings meetings;
    private final OccurrenceChanges changes;
    private final MeetingRecipients recipients;
    private final Notifier notifier;
    private final JdbcTemplate jdbc;
    private final MeetingsProperties properties;
    private final Dates dates;
    private final Clock clock;

    MeetingReminders(Meetings meetings, OccurrenceChanges changes, MeetingRecipients recipients, Notifier notifier,
            JdbcTemplate jdbc, MeetingsProperties properties, Dates dates, Clock clock) {
        this.meetings = meetings;
        this.changes = changes;
        this.recipients = recipients;
        this.notifier = notifier;
        this.jdbc = jdbc;
        this.properties = properties;
        this.dates = dates;
        this.clock = clock;
    }

    @Scheduled(cron = "${eoffice.meetings.reminder-cron:0 */5 * * * *}")
    @SchedulerLock(name = "meeting-reminders", lockAtMostFor = "PT4M", lockAtLeastFor = "PT30S")
    void run() {
        int sent = sendDue();
        if (sent > 0) {
            log.info("Meeting reminders sent: {}", sent);
        }
    }

    /** Sends the reminders of occurrences starting within the reminder window; returns how many occurrences. */
    @Transactional
    int sendDue() {
        Instant now = Instant.now(clock);
        Instant until = now.plus(properties.reminderBefore());
        int sent = 0;
        for (Meeting meeting : meetings.startingBetween(now, until)) {
            for (var occurrence : Recurrence.expand(meeting, changes.findByMeetingId(meeting.getId()), now, until,
                    dates.zone())) {
                if (occurrence.start().isBefore(now) || !claim(meeting.getId(), occurrence.start(), now)) {
                    continue;
                }
                for (Long recipient : recipients.internal(meeting)) {
                    notifier.notify(recipient, Category.MEETING, "meeting.notify.reminder",
                            new Object[] { meeting.getTitle(), occurrence.start() },
                            MeetingManagement.link(meeting));
                }
                sent++;
            }
        }
        return sent;
    }

    private boolean claim(Long meetingId, Instant occurrence, Instant now) {
        return jdbc.update("insert into meeting_reminder (meeting_id, occurrence_at, sent_at) values (?, ?, ?)"
                + " on conflict do nothing", meetingId, Timestamp.from(occurrence), Timestamp.from(now)) == 1;
    }
}
