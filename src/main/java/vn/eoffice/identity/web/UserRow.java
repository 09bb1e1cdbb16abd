package vn.eoffice.identity.web;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;

import vn.eoffice.identity.Role;
import vn.eoffice.identity.UserAccount;
import vn.eoffice.platform.Secrecy;

/** One line of the user list; {@code lockedUntil} is set only while failed logins make the next one wait. */
record UserRow(Long id, String fullName, String username, String title, String unitName, List<Role> roles,
        Secrecy clearance, boolean enabled, Instant lockedUntil, boolean secondFactor) {

    static UserRow of(UserAccount user, Function<Long, String> unitNames, Instant blockedUntil) {
        return new UserRow(user.id(), user.fullName(), user.username(), user.title(), unitNames.apply(user.unitId()),
                user.roles().stream().sorted().toList(), user.clearance(), user.enabled(), blockedUntil,
                user.secondFactor());
    }
}
