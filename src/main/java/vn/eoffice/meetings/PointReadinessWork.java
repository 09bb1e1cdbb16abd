package vn.eoffice.meetings;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.eoffice.identity.AccessControl;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.platform.Actor;
import vn.eoffice.platform.WaitingItem;
import vn.eoffice.platform.WaitingStep;
import vn.eoffice.platform.WaitingWork;

/**
 * A committee's connection points in conferences still to come whose readiness check is not done or failed: they
 * wait in the queue of the committee's clerk and leaders until every item is OK.
 */
@Component
@Transactional(readOnly = true)
class PointReadinessWork implements WaitingWork {

    static final String AREA = "queue.area.meetings";
    static final String KIND = "queue.meeting.READINESS";

    private final ConnectionPoints points;
    private final Meetings meetings;
    private final AccessControl control;
    private final Clock clock;

    PointReadinessWork(ConnectionPoints points, Meetings meetings, AccessControl control, Clock clock) {
        this.points = points;
        this.meetings = meetings;
        this.control = control;
        this.clock = clock;
    }

    @Override
    public List<WaitingStep> waitingFor(Actor actor) {
        if (!(actor instanceof CurrentUser user) || !concerns(user)) {
            return List.of();
        }
        int count = points.waitingReadiness(user.agencyId(), Instant.now(clock)).size();
        return count == 0 ? List.of() : List.of(new WaitingStep(AREA, KIND, count, "/meetings"));
    }

    @Override
    public List<WaitingItem> firstWaiting(Actor actor, String kind, int limit) {
        if (!(actor instanceof CurrentUser user) || !KIND.equals(kind) || !concerns(user)) {
            return List.of();
        }
        return points.waitingReadiness(user.agencyId(), Instant.now(clock)).stream().limit(limit)
                .map(p -> new WaitingItem(p.getName() + " — " + meetings.findById(p.getMeetingId())
                        .map(Meeting::getTitle).orElse(""), "/meetings/" + p.getMeetingId()))
                .toList();
    }

    private boolean concerns(CurrentUser user) {
        return control.mayRunConferencePoint(user, user.agencyId());
    }
}
