package vn.eoffice.platform;

/**
 * Secrecy level (độ mật) of a record, and clearance of a person; ordered from least to most secret.
 */
public enum Secrecy {
    NONE, MAT, TOI_MAT, TUYET_MAT;

    /** Whether a person cleared to this level may see a record of {@code level}. */
    public boolean covers(Secrecy level) {
        return compareTo(level) >= 0;
    }

    public String messageKey() {
        return "secrecy." + name();
    }

    /** Marked secret at any level (Mật, Tối mật, Tuyệt mật). */
    public boolean secret() {
        return this != NONE;
    }
}
