package vn.eoffice.study;

import java.time.Clock;
import java.time.LocalDate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.eoffice.platform.Dates;
import vn.eoffice.platform.EOfficeProperties;

/**
 * Once a day on one node (ShedLock): tells each committee of an open programme to register its learners, and a few
 * days before the reflections are due, those whose learners have not all handed theirs in.
 */
@Component
class LearnerReminders {

    static final int DAYS_BEFORE = 3;
    private static final Logger log = LoggerFactory.getLogger(LearnerReminders.class);

    private final Committees committees;
    private final Programmes programmes;
    private final LearnerNotices notices;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final EOfficeProperties office;

    LearnerReminders(Committees committees, Programmes programmes, LearnerNotices notices, JdbcTemplate jdbc,
            Clock clock, EOfficeProperties office) {
        this.committees = committees;
        this.programmes = programmes;
        this.notices = notices;
        this.jdbc = jdbc;
        this.clock = clock;
        this.office = office;
    }

    @Scheduled(cron = "${eoffice.study.reminder-cron:0 20 7 * * *}", zone = "${eoffice.time-zone:Asia/Ho_Chi_Minh}")
    @SchedulerLock(name = "study-learner-reminders", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    void run() {
        log.info("Study learner reminders sent: {}", sendDue(LocalDate.now(clock.withZone(office.timeZone()))));
    }

    /** Sends what is due on {@code today}; @return how many notices went out. */
    @Transactional
    int sendDue(LocalDate today) {
        int sent = 0;
        for (var programme : programmes.findAll()) {
            if (programme.getStatus() != ProgrammeStatus.OPEN) {
                continue;
            }
            var due = programme.getReflectionDue();
            boolean dueSoon = due != null && !today.isAfter(due) && !today.plusDays(DAYS_BEFORE).isBefore(due);
            for (var committee : committees.findByProgrammeIdOrderByName(programme.getId())) {
                if (registered(committee.getId()) == 0) {
                    sent += notices.remind(committee, LearnerNotices.OPENED, programme.getTitle());
                }
                if (dueSoon && missing(committee.getId()) > 0) {
                    sent += notices.remind(committee, LearnerNotices.DUE, programme.getTitle(),
                            Dates.DATE.format(due));
                }
            }
        }
        return sent;
    }

    private long registered(Long committeeId) {
        return jdbc.queryForObject("select count(*) from study_learner where committee_id = ?", Long.class,
                committeeId);
    }

    private long missing(Long committeeId) {
        return jdbc.queryForObject("select count(*) from study_learner where committee_id = ? and reflection_required"
                + " and submitted_at is null", Long.class, committeeId);
    }
}
