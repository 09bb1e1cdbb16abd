package vn.eoffice.identity.web;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;

import vn.eoffice.identity.Role;
import vn.eoffice.identity.User;
import vn.eoffice.platform.Secrecy;

/** One line of the user list; {@code lockedUntil} is set only while failed logins make the next one wait. */
record UserRow(Long id, String fullName, String username, String title, String unitName, List<Role> roles,
        Secrecy clearance, boolean enabled, Instant lockedUntil, boolean secondFactor) {

    static UserRow of(User user, Function<Long, String> unitNames, Instant blockedUntil) {
        return new UserRow(user.getId(), user.getFullName(), user.getUsername(), user.getTitle(),
                unitNames.apply(user.getUnitId()),
                user.getRoles().stream().sorted().toList(), user.getClearance(), user.isEnabled(), blockedUntil,
                user.hasSecondFactor());
    }
}
