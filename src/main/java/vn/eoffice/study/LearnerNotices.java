package vn.eoffice.study;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.eoffice.identity.AccessControl;
import vn.eoffice.identity.UserManagement;
import vn.eoffice.identity.UserSummary;
import vn.eoffice.notifications.Category;
import vn.eoffice.notifications.Notifier;
import vn.eoffice.platform.Secrecy;

/**
 * Tells a committee's clerk and leaders what the study asks of them (register learners once the programme is open,
 * reflections due in a few days), each once (a ledger claims every reminder), and clears a step's notices when done.
 */
@Component
class LearnerNotices {

    static final String OPENED = "OPENED";
    static final String DUE = "DUE";

    private final Notifier notifier;
    private final UserManagement users;
    private final AccessControl control;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    LearnerNotices(Notifier notifier, UserManagement users, AccessControl control, JdbcTemplate jdbc, Clock clock) {
        this.notifier = notifier;
        this.users = users;
        this.control = control;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    static String step(String kind, Long committeeId) {
        return "study-learners-" + kind + "-" + committeeId;
    }

    static String link(StudyCommittee committee) {
        return "/study/programmes/" + committee.getProgrammeId() + "/learners?committee=" + committee.getId();
    }

    /** Sends {@code kind}'s notice to each of the committee's actors not yet told; @return how many were sent. */
    int remind(StudyCommittee committee, String kind, Object... args) {
        int sent = 0;
        for (var person : actors(committee)) {
            if (claim(committee.getId(), kind, person.id())) {
                notifier.notifyStep(person.id(), step(kind, committee.getId()), Category.TASK, Secrecy.NONE,
                        "study.learner.notify." + kind, args, link(committee));
                sent++;
            }
        }
        return sent;
    }

    void registered(StudyCommittee committee) {
        notifier.stepDone(step(OPENED, committee.getId()));
    }

    void attendanceMarked(StudyCommittee committee) {
        // nothing is announced per session: the queue counts what is still unmarked
    }

    void reflectionsChanged(StudyCommittee committee) {
        // the queue counts reflections to grade; the reminder before the due day stays until read
    }

    List<UserSummary> actors(StudyCommittee committee) {
        return users.staffOf(committee.getAgencyId()).stream()
                .filter(u -> control.actsForStudyCommittee(u, committee.getAgencyId())).toList();
    }

    private boolean claim(Long committeeId, String kind, Long recipientId) {
        return jdbc.update("insert into study_learner_reminder (committee_id, kind, recipient_id, sent_at)"
                + " values (?, ?, ?, ?) on conflict do nothing", committeeId, kind, recipientId,
                Timestamp.from(Instant.now(clock))) == 1;
    }
}
