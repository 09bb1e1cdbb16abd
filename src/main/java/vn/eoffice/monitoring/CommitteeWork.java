package vn.eoffice.monitoring;

import java.util.ArrayList;
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
 * A hosted committee's part of the queue, for its clerks and leaders: the periodic reports it owes to the
 * commission (due soon or late) and the action programmes it has not sent, each with its due day.
 */
@Component
@Transactional(readOnly = true)
class CommitteeWork implements WaitingWork {

    static final String REPORTS = "queue.monitoring.COMMITTEE_REPORTS";
    static final String PROGRAMMES = "queue.monitoring.PROGRAMMES";

    private final CommitteeQueries queries;
    private final ActionProgrammeDuties duties;
    private final MonitoredDocuments documents;
    private final Dates dates;

    CommitteeWork(CommitteeQueries queries, ActionProgrammeDuties duties, MonitoredDocuments documents, Dates dates) {
        this.queries = queries;
        this.duties = duties;
        this.documents = documents;
        this.dates = dates;
    }

    @Override
    public List<WaitingStep> waitingFor(Actor actor) {
        if (!(actor instanceof CurrentUser user) || !writes(user)) {
            return List.of();
        }
        return List.of(new WaitingStep("queue.area.monitoring", REPORTS, reports(user).size(),
                "/monitoring/committee-work"),
                new WaitingStep("queue.area.monitoring", PROGRAMMES, programmes(user).size(),
                        "/monitoring/committee-work"));
    }

    @Override
    public List<WaitingItem> firstWaiting(Actor actor, String kind, int limit) {
        if (!(actor instanceof CurrentUser user) || !writes(user)) {
            return List.of();
        }
        var items = new ArrayList<WaitingItem>();
        if (REPORTS.equals(kind)) {
            reports(user).stream().limit(limit).forEach(o -> items.add(new WaitingItem(o.title() + " — "
                    + dates.date(o.period().due()), link(o))));
        } else if (PROGRAMMES.equals(kind)) {
            programmes(user).stream().limit(limit).forEach(p -> items.add(new WaitingItem(
                    documents.findById(p.getResolutionId()).map(MonitoredDocument::getTitle).orElse("") + " — "
                            + dates.date(p.getDueOn()), "/monitoring/" + p.getResolutionId() + "/programmes/"
                                    + p.getCommitteeId())));
        }
        return items;
    }

    static String link(CommitteeViews.Owed owed) {
        return "/monitoring/" + owed.documentId() + "/committees/" + owed.committeeId() + "/report?period="
                + owed.period().start();
    }

    /** Only a hosted committee's clerks and leaders carry this work (the same people the reminders reach). */
    private boolean writes(CurrentUser user) {
        return (user.hasRole(Role.CLERK) || user.hasRole(Role.LEADER))
                && (!documents.reportedOnBy(user.agencyId()).isEmpty() || !programmes(user).isEmpty());
    }

    List<CommitteeViews.Owed> reports(CurrentUser user) {
        return queries.owedBy(user.agencyId(), queries.today(), ReportReminders.DAYS_BEFORE + queries.warnDays());
    }

    private List<ActionProgramme> programmes(CurrentUser user) {
        return duties.findByCommitteeIdAndSubmittedOnIsNull(user.agencyId());
    }
}
