package vn.eoffice.tasks;

/**
 * Where a request for a later deadline stands.
 */
public enum ExtensionStatus {
    PENDING, APPROVED, REFUSED;

    /** Still waiting for the one who assigned the task. */
    public boolean pending() {
        return this == PENDING;
    }
}
