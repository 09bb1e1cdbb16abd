package vn.eoffice.tasks;

/**
 * The traffic light of a set of tasks (a unit's, a person's, a monitored document's). The thresholds live here and
 * nowhere else, so the dashboard, the monitoring pages and the legend all say the same thing:
 * <ul>
 * <li>GREEN: nothing overdue, and at least {@value #GREEN_ON_TIME_PERCENT}% of the finished work was on time;</li>
 * <li>RED: at least {@value #RED_OVERDUE_PERCENT}% of the tasks are overdue, or less than
 * {@value #RED_ON_TIME_PERCENT}% of the finished work was on time;</li>
 * <li>AMBER: anything in between; NONE when there is no task at all.</li>
 * </ul>
 */
public enum TrafficLight {
    GREEN, AMBER, RED, NONE;

    public static final int GREEN_ON_TIME_PERCENT = 80;
    public static final int RED_OVERDUE_PERCENT = 20;
    public static final int RED_ON_TIME_PERCENT = 50;

    public static TrafficLight of(TaskTally tally) {
        if (tally.assigned() == 0) {
            return NONE;
        }
        long finished = tally.doneOnTime() + tally.doneLate();
        if (tally.overdue() * 100 >= RED_OVERDUE_PERCENT * tally.assigned()
                || (finished > 0 && tally.doneOnTime() * 100 < RED_ON_TIME_PERCENT * finished)) {
            return RED;
        }
        if (tally.overdue() == 0 && (finished == 0 || tally.doneOnTime() * 100 >= GREEN_ON_TIME_PERCENT * finished)) {
            return GREEN;
        }
        return AMBER;
    }

    /** The thresholds, for legends in templates. */
    public int getGreenOnTimePercent() {
        return GREEN_ON_TIME_PERCENT;
    }

    public int getRedOverduePercent() {
        return RED_OVERDUE_PERCENT;
    }

    public int getRedOnTimePercent() {
        return RED_ON_TIME_PERCENT;
    }

    public String cssClass() {
        return switch (this) {
            case GREEN -> "text-bg-success";
            case AMBER -> "text-bg-warning";
            case RED -> "text-bg-danger";
            case NONE -> "text-bg-light";
        };
    }
}
