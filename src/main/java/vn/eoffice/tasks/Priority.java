package vn.eoffice.tasks;

/**
 * How urgent a task is (độ khẩn).
 */
public enum Priority {
    NORMAL, HIGH, URGENT
}
