package vn.eoffice.monitoring;

/**
 * The kind of Party document being implemented: Nghị quyết, Chỉ thị, Kết luận, Đề án, Kế hoạch.
 */
public enum DocumentKind {
    RESOLUTION, DIRECTIVE, CONCLUSION, PROJECT, PLAN
}
