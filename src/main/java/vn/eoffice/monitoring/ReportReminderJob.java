package vn.eoffice.monitoring;

import java.time.Clock;
import java.time.LocalDate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import vn.eoffice.platform.EOfficeProperties;

/**
 * Chases missing periodic reports once a day on one node of the cluster (ShedLock); the ledger still guards repeats.
 */
@Component
class ReportReminderJob {

    private static final Logger log = LoggerFactory.getLogger(ReportReminderJob.class);

    private final ReportReminders reminders;
    private final CommitteeReminders committees;
    private final Clock clock;
    private final EOfficeProperties properties;

    ReportReminderJob(ReportReminders reminders, CommitteeReminders committees, Clock clock,
            EOfficeProperties properties) {
        this.committees = committees;
        this.reminders = reminders;
        this.clock = clock;
        this.properties = properties;
    }

    @Scheduled(cron = "${eoffice.monitoring.reminder-cron:0 15 7 * * *}",
            zone = "${eoffice.time-zone:Asia/Ho_Chi_Minh}")
    @SchedulerLock(name = "monitoring-report-reminders", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    void run() {
        var today = LocalDate.now(clock.withZone(properties.timeZone()));
        int sent = reminders.sendDue(today);
        int toCommittees = committees.announceOpened(today) + committees.sendDue(today);
        log.info("Monitoring report reminders sent: {} to units, {} to committees", sent, toCommittees);
    }
}
