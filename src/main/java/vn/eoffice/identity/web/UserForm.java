package vn.eoffice.identity.web;

import java.util.EnumSet;

import jakarta.validation.Valid;

import vn.eoffice.identity.Role;
import vn.eoffice.identity.UserAccount;
import vn.eoffice.identity.UserDetailsForm;
import vn.eoffice.platform.Secrecy;

/**
 * The create/edit form of a person: the details, the initial password (create only) and the version read (edit
 * only, to detect a concurrent change).
 */
record UserForm(@Valid UserDetailsForm details, String password, Long version) {

    static UserForm blank(Long agencyId) {
        return new UserForm(new UserDetailsForm(null, null, null, null, null, agencyId, null,
                EnumSet.of(Role.OFFICER), Secrecy.NONE, true), null, null);
    }

    static UserForm of(UserAccount user) {
        return new UserForm(new UserDetailsForm(user.username(), user.fullName(), user.title(), user.email(),
                user.phone(), user.agencyId(), user.unitId(), user.roles(), user.clearance(), user.enabled()), null,
                user.version());
    }

    Long agencyId() {
        return details == null ? null : details.agencyId();
    }
}
