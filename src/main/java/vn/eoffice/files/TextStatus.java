package vn.eoffice.files;

/**
 * Progress of the text extraction that feeds search; it never decides whether an upload succeeds.
 */
public enum TextStatus {
    /** Waiting for the background extraction after the upload committed. */
    PENDING,
    /** Text extracted (possibly empty, e.g. a scanned PDF). */
    EXTRACTED,
    /** The type carries no text we extract (images, spreadsheets, archives, legacy Office). */
    NONE,
    /** The file could not be read (encrypted or broken); the upload itself is kept. */
    FAILED;

    /** Still waiting for the background extraction. */
    public boolean pending() {
        return this == PENDING;
    }
}
