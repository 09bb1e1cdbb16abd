package vn.eoffice.identity;

/**
 * Roles in a commission (DOMAIN.md §1).
 */
public enum Role {
    /** Quản trị hệ thống. */
    ADMIN,
    /** Văn thư: registers, numbers and releases documents. */
    CLERK,
    /** Lãnh đạo ban: Trưởng ban, Phó trưởng ban. */
    LEADER,
    /** Lãnh đạo phòng: Trưởng phòng, Phó trưởng phòng. */
    UNIT_HEAD,
    /** Chuyên viên. */
    OFFICER;

    public String authority() {
        return "ROLE_" + name();
    }

    public String messageKey() {
        return "role." + name();
    }
}
