package vn.eoffice.documents.casefiles;

/**
 * An open file still takes documents; a closed one (kết thúc hồ sơ) is frozen until a leader reopens it.
 */
public enum CaseFileStatus {
    OPEN, CLOSED;

    public String messageKey() {
        return "caseFile.status." + name();
    }
}
