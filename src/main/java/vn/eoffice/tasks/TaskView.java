package vn.eoffice.tasks;

/**
 * Which tasks a list shows: mine (I lead or co-process), those I assigned, my unit's, or the whole agency's
 * (leaders and clerks only).
 */
public enum TaskView {
    MINE, ASSIGNED, UNIT, ALL
}
