package vn.eoffice.meetings;

/**
 * The technical check of a conference's connection point (kiểm tra kỹ thuật).
 */
public enum TechStatus {
    PENDING, PASSED, FAILED;

    /** The Bootstrap badge colours of the technical check's result. */
    public String badge() {
        return switch (this) {
            case PASSED -> "text-bg-success";
            case FAILED -> "text-bg-danger";
            case PENDING -> "text-bg-secondary";
        };
    }
}
