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
    static final String REPORT = "queue.meetings.TO_REPORT";

    private final MeetingQueries queries;
    private final UnitReportRequests reports;
    private final Dates dates;

    MeetingWork(MeetingQueries queries, UnitReportRequests reports, Dates dates) {
        this.queries = queries;
        this.reports = reports;
        this.dates = dates;
    }

    @Override
    public List<WaitingStep> waitingFor(Actor actor) {
        if (!(actor instanceof CurrentUser user) || user.roles().equals(java.util.Set.of(Role.ADMIN))) {
            return List.of();
        }
        var answer = new WaitingStep("queue.area.meetings", KIND, queries.awaitingAnswer(user).size(), "/meetings");
        if (!user.hasRole(Role.UNIT_HEAD)) {
            return List.of(answer);
        }
        return List.of(answer, new WaitingStep("queue.area.meetings", REPORT, reports.awaiting(user).size(),
                "/meetings"));
    }

    @Override
    public List<WaitingItem> firstWaiting(Actor actor, String kind, int limit) {
        if (!(actor instanceof CurrentUser user)) {
            return List.of();
        }
        if (REPORT.equals(kind)) {
            return reports.awaiting(user).stream().limit(limit).map(m -> new WaitingItem(m.getTitle() + " — "
                    + dates.dateTime(m.getStartsAt()), "/meetings/" + m.getId() + "#unit-reports")).toList();
        }
        if (!KIND.equals(kind)) {
            return List.of();
        }
        return queries.awaitingAnswer(user).stream().limit(limit).map(m -> new WaitingItem(m.title() + " — "
                + dates.dateTime(m.startsAt()), "/meetings/" + m.id())).toList();
    }
}
