package vn.eoffice.tasks;

/**
 * Where a request for a later deadline stands.
 */
public enum ExtensionStatus {
    PENDING, APPROVED, REFUSED
}
