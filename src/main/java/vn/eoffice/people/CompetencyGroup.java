package vn.eoffice.people;

/** Năng lực chung / chuyên môn / quản lý. */
public enum CompetencyGroup {
    GENERAL, PROFESSIONAL, MANAGERIAL
}
