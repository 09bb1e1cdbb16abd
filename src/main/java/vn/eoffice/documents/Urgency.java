package vn.eoffice.documents;

/**
 * Độ khẩn: thường, Khẩn, Thượng khẩn, Hỏa tốc (QCVN 102 priorities 0–3). Urgent documents are handled at once.
 */
public enum Urgency {
    NORMAL, URGENT, VERY_URGENT, FLASH;

    public boolean isUrgent() {
        return this != NORMAL;
    }

    public String messageKey() {
        return "urgency." + name();
    }
}
