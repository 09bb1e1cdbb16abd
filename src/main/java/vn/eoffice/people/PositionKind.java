package vn.eoffice.people;

/** The group of a job position: lãnh đạo, quản lý / chuyên môn, nghiệp vụ / hỗ trợ, phục vụ. */
public enum PositionKind {
    LEADERSHIP, PROFESSIONAL, SUPPORT
}
