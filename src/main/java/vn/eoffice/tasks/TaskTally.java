package vn.eoffice.tasks;

/**
 * Counts of the tasks of one unit, person or monitored document ({@code key}) in a period. Every task counted in
 * {@code assigned} is in exactly one of the other four: finished on time, finished late, overdue (open past its
 * deadline) or in progress (open, deadline not passed). "Finished" means reported done, accepted or not.
 */
public record TaskTally(Long key, long assigned, long doneOnTime, long doneLate, long overdue, long inProgress) {

    public static TaskTally empty(Long key) {
        return new TaskTally(key, 0, 0, 0, 0, 0);
    }

    public TrafficLight light() {
        return TrafficLight.of(this);
    }

    /** Finished on time as a share of all finished work, in whole percent; null when nothing is finished. */
    public Integer onTimePercent() {
        long finished = doneOnTime + doneLate;
        return finished == 0 ? null : Math.toIntExact(Math.round(doneOnTime * 100.0 / finished));
    }

    /** The count in one column. */
    public long count(TallyCategory category) {
        return switch (category) {
            case ASSIGNED -> assigned;
            case DONE_ON_TIME -> doneOnTime;
            case DONE_LATE -> doneLate;
            case OVERDUE -> overdue;
            case IN_PROGRESS -> inProgress;
        };
    }

    public TaskTally plus(TaskTally other) {
        return new TaskTally(key, assigned + other.assigned, doneOnTime + other.doneOnTime, doneLate + other.doneLate,
                overdue + other.overdue, inProgress + other.inProgress);
    }
}
