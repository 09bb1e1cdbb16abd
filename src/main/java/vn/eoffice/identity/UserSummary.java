package vn.eoffice.identity;

import java.util.Set;

import vn.eoffice.platform.Secrecy;
import vn.eoffice.platform.SigningAuthority;

/**
 * What other modules need to know about a person (to list, pick and notify them).
 */
public record UserSummary(Long id, String username, String fullName, String title, String email, Long agencyId,
        Long unitId, Set<Role> roles, Secrecy clearance, boolean enabled, SigningAuthority signingAuthority) {

    static UserSummary of(User user) {
        return new UserSummary(user.getId(), user.getUsername(), user.getFullName(), user.getTitle(),
                user.getEmail(), user.getAgencyId(), user.getUnitId(), user.getRoles(), user.getClearance(),
                user.isEnabled(), user.getSigningAuthority());
    }
}
