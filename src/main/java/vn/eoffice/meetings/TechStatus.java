package vn.eoffice.meetings;

/**
 * The technical check of a conference's connection point (kiểm tra kỹ thuật).
 */
public enum TechStatus {
    PENDING, PASSED, FAILED
}
