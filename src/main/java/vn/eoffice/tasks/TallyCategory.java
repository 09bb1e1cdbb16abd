package vn.eoffice.tasks;

/**
 * One column of a {@link TaskTally}, for drilling down to the tasks behind a count.
 */
public enum TallyCategory {
    ASSIGNED, DONE_ON_TIME, DONE_LATE, OVERDUE, IN_PROGRESS
}
