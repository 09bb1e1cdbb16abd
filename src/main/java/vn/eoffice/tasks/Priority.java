package vn.eoffice.tasks;

/**
 * How urgent a task is (độ khẩn).
 */
public enum Priority {
    NORMAL, HIGH, URGENT;

    /** Worth a badge: more than the usual urgency. */
    public boolean raised() {
        return this != NORMAL;
    }
}
