package vn.eoffice.monitoring;

import java.util.List;
import java.util.Set;

import vn.eoffice.tasks.TaskSummary;
import vn.eoffice.tasks.TaskTally;

/**
 * Read models of the monitoring pages and API.
 */
public final class MonitoringViews {

    private MonitoringViews() {
    }

    /** A line of the list: the document, its tasks' counts and light, and how many reports are overdue. */
    public record Row(MonitoredDocumentSummary document, TaskTally tally, long reportsMissing) {
    }

    /** An item of the plan with its task. */
    public record Item(Long id, String title, TaskSummary task) {
    }

    /** A unit's position for one period; {@code report} is null when not sent or not readable by the viewer. */
    public record UnitStatus(Long unitId, boolean reported, boolean late, UnitReportView report) {
    }

    public record PeriodStatus(ReportingPeriod period, List<UnitStatus> units) {

        public long missing() {
            return units.stream().filter(u -> !u.reported()).count();
        }
    }

    public record Details(MonitoredDocumentSummary document, TaskTally tally, List<Item> items,
            List<PeriodStatus> periods, List<SupervisionPlanView> supervisions, boolean manage,
            Set<Long> reportableUnits) {
    }
}
