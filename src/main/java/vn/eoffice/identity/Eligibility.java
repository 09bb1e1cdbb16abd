package vn.eoffice.identity;

import java.util.Set;

/**
 * Who may take a role that a picker fills: the administrator's account never takes one, and the person choosing is
 * not offered to himself where that makes no sense.
 */
public enum Eligibility {
    /** Chủ trì, phối hợp: leaders, unit heads and officers, not the one who hands the work out. */
    PROCESSOR,
    /** Để biết: any member of staff but the one who informs. */
    INFORMED,
    /** Trình lãnh đạo: the agency's leaders, who direct. */
    LEADER,
    /** Mời họp, thành viên đoàn, nơi nhận: any member of staff, the one choosing included. */
    MEMBER;

    boolean admits(Set<Role> roles, boolean self) {
        if (self && this != MEMBER) {
            return false;
        }
        if (this == LEADER) {
            return roles.contains(Role.LEADER);
        }
        if (this == PROCESSOR) {
            return roles.contains(Role.LEADER) || roles.contains(Role.UNIT_HEAD) || roles.contains(Role.OFFICER);
        }
        return roles.stream().anyMatch(role -> role != Role.ADMIN);
    }
}
