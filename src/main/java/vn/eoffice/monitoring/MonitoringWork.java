package vn.eoffice.monitoring;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.eoffice.identity.AccessControl;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.platform.Actor;
import vn.eoffice.platform.Dates;
import vn.eoffice.platform.WaitingItem;
import vn.eoffice.platform.WaitingStep;
import vn.eoffice.platform.WaitingWork;

/**
 * Monitoring's part of the queue: the periodic reports the person's unit owes soon or late, for those who may
 * report for it (the same window as the reminders).
 */
@Component
@Transactional(readOnly = true)
class MonitoringWork implements WaitingWork {

    static final String KIND = "queue.monitoring.REPORTS";

    private final MonitoringQueries queries;
    private final AccessControl access;
    private final Dates dates;
    private final Clock clock;

    MonitoringWork(MonitoringQueries queries, AccessControl access, Dates dates, Clock clock) {
        this.queries = queries;
        this.access = access;
        this.dates = dates;
        this.clock = clock;
    }

    @Override
    public List<WaitingStep> waitingFor(Actor actor) {
        if (!(actor instanceof CurrentUser user) || !reports(user)) {
            return List.of();
        }
        return List.of(new WaitingStep("queue.area.monitoring", KIND, owed(user).size(), "/monitoring"));
    }

    @Override
    public List<WaitingItem> firstWaiting(Actor actor, String kind, int limit) {
        if (!(actor instanceof CurrentUser user) || !KIND.equals(kind) || !reports(user)) {
            return List.of();
        }
        return owed(user).stream().limit(limit).map(o -> new WaitingItem(o.title() + " — "
                + dates.date(o.period().due()), "/monitoring/" + o.documentId())).toList();
    }

    private boolean reports(CurrentUser user) {
        return user.unitId() != null && access.mayReportFor(user, user.agencyId(), user.unitId());
    }

    private List<MonitoringQueries.Owed> owed(CurrentUser user) {
        return queries.owedBy(user.agencyId(), user.unitId(), LocalDate.now(clock), ReportReminders.DAYS_BEFORE);
    }
}
