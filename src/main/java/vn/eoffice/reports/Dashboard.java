package vn.eoffice.reports;

import java.util.List;

import vn.eoffice.tasks.TaskTally;

/**
 * The leader's dashboard for one period: per unit, per person and per monitored Party document, the tasks assigned,
 * done on time, done late, overdue and in progress, each with its traffic light. {@code wholeAgency} is false for a
 * unit head, who sees only their units.
 */
public record Dashboard(DashboardPeriod period, boolean wholeAgency, TaskTally total, List<Line> units,
        List<Line> people, List<Line> documents) {

    /** One row: a unit, person or document ({@code key}) and its counts. */
    public record Line(Long key, String name, TaskTally tally) {
    }
}
