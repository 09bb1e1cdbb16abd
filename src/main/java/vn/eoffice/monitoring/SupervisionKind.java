package vn.eoffice.monitoring;

/**
 * Kiểm tra (inspection) or giám sát (supervision).
 */
public enum SupervisionKind {
    INSPECTION, SUPERVISION
}
