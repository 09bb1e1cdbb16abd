package vn.eoffice.identity;

import java.time.Instant;
import java.util.Set;

import vn.eoffice.platform.Secrecy;
import vn.eoffice.platform.SigningAuthority;

/**
 * A person's account as its administrators and the person see it: the details, roles, clearance, whether a second
 * factor is set, when the password last changed, and the version an edit must name. Never the password.
 */
public record UserAccount(Long id, String username, String fullName, String title, String email, String phone,
        Long agencyId, Long unitId, Set<Role> roles, Secrecy clearance, boolean enabled,
        SigningAuthority signingAuthority, boolean secondFactor, Instant passwordChangedAt, long version) {

    static UserAccount of(User user) {
        return new UserAccount(user.getId(), user.getUsername(), user.getFullName(), user.getTitle(),
                user.getEmail(), user.getPhone(), user.getAgencyId(), user.getUnitId(), user.getRoles(),
                user.getClearance(), user.isEnabled(), user.getSigningAuthority(), user.hasSecondFactor(),
                user.getPasswordChangedAt(), user.getVersion());
    }
}
