package vn.eoffice.people;

/**
 * The kind of a course (loại hình đào tạo, bồi dưỡng): lý luận chính trị, chuyên môn, quản lý nhà nước, tin học,
 * ngoại ngữ, bồi dưỡng/cập nhật kiến thức.
 */
public enum CourseKind {
    POLITICAL_THEORY, PROFESSIONAL, STATE_MANAGEMENT, IT, LANGUAGE, KNOWLEDGE_UPDATE
}
