package vn.eoffice.monitoring;

/**
 * The kind of Party document being implemented: Nghị quyết, Chỉ thị, Kết luận, Quy định, Đề án, Kế hoạch.
 */
public enum DocumentKind {
    RESOLUTION, DIRECTIVE, CONCLUSION, REGULATION, PROJECT, PLAN
}
