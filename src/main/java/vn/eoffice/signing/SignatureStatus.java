package vn.eoffice.signing;

/** The verdict on a signature, or on a file's signatures taken together. */
public enum SignatureStatus {
    /** Intact and chaining to a trust anchor (Hợp lệ). */
    VALID,
    /** Intact but its certificate does not chain to an imported trust anchor (Chưa xác định chuỗi tin cậy). */
    UNTRUSTED,
    /** Changed after signing, or unreadable (Không hợp lệ). */
    INVALID,
    /** The file carries no signature. */
    UNSIGNED;

    /** The Bootstrap badge colours that say this verdict at a glance. */
    public String badge() {
        return switch (this) {
            case VALID -> "text-bg-success";
            case INVALID -> "text-bg-danger";
            case UNTRUSTED -> "text-bg-warning";
            case UNSIGNED -> "text-bg-light border";
        };
    }

    /** The message key of its name on a page. */
    public String messageKey() {
        return "signing.status." + name();
    }
}
