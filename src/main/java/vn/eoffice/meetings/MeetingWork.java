package vn.eoffice.meetings;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.eoffice.identity.CurrentUser;
import vn.eoffice.identity.Role;
import vn.eoffice.platform.Actor;
import vn.eoffice.platform.Dates;
import vn.eoffice.platform.WaitingItem;
import vn.eoffice.platform.WaitingStep;
import vn.eoffice.platform.WaitingWork;

/**
 * Meetings' part of the queue: invitations the person answers (their own, and their unit's if they head it, as
 * {@link MeetingManagement#answer} allows).
 */
@Component
@Transactional(readOnly = true)
class MeetingWork implements WaitingWork {

    static final String KIND = "queue.meetings.TO_ANSWER";

    private final MeetingQueries queries;
    private final Dates dates;

    MeetingWork(MeetingQueries queries, Dates dates) {
        this.queries = queries;
        this.dates = dates;
    }

    @Override
    public List<WaitingStep> waitingFor(Actor actor) {
        if (!(actor instanceof CurrentUser user) || user.roles().equals(java.util.Set.of(Role.ADMIN))) {
            return List.of();
        }
        return List.of(new WaitingStep("queue.area.meetings", KIND, queries.awaitingAnswer(user).size(),
                "/meetings"));
    }

    @Override
    public List<WaitingItem> firstWaiting(Actor actor, String kind, int limit) {
        if (!(actor instanceof CurrentUser user) || !KIND.equals(kind)) {
            return List.of();
        }
        return queries.awaitingAnswer(user).stream().limit(limit).map(m -> new WaitingItem(m.getTitle() + " — "
                + dates.dateTime(m.getStartsAt()), "/meetings/" + m.getId())).toList();
    }
}
