package vn.eoffice.tasks;

import java.time.Clock;
import java.time.LocalDate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import vn.eoffice.platform.EOfficeProperties;

/**
 * Renews repeating tasks, sends the reminders and the digests once a day on one node of the cluster (ShedLock); the ledger still guards against repeats.
 */
@Component
class ReminderJob {

    private static final Logger log = LoggerFactory.getLogger(ReminderJob.class);

    private final Reminders reminders;
    private final Recurrences recurrences;
    private final Digests digests;
    private final Clock clock;
    private final EOfficeProperties properties;

    ReminderJob(Reminders reminders, Recurrences recurrences, Digests digests, Clock clock,
            EOfficeProperties properties) {
        this.reminders = reminders;
        this.digests = digests;
        this.recurrences = recurrences;
        this.clock = clock;
        this.properties = properties;
    }

    @Scheduled(cron = "${eoffice.tasks.reminder-cron:0 0 7 * * *}", zone = "${eoffice.time-zone:Asia/Ho_Chi_Minh}")
    @SchedulerLock(name = "task-reminders", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    void run() {
        LocalDate today = LocalDate.now(clock.withZone(properties.timeZone()));
        int repeated = recurrences.createDue(today);
        int sent = reminders.sendDue(today);
        int digested = digests.sendDue(today);
        log.info("Repeating tasks renewed: {}; task reminders sent: {}; digests sent: {}", repeated, sent, digested);
    }
}
