package vn.eoffice.tasks;

import org.springframework.stereotype.Component;

import vn.eoffice.identity.UserManagement;
import vn.eoffice.organization.OrganizationDirectory;
import vn.eoffice.platform.DomainException;
import vn.eoffice.platform.NotFoundException;

/**
 * Checks that a unit or person exists in the agency and tells which unit owns work given to it.
 */
@Component
class Parties {

    private final OrganizationDirectory organization;
    private final UserManagement users;

    Parties(OrganizationDirectory organization, UserManagement users) {
        this.organization = organization;
        this.users = users;
    }

    /** The unit itself, or the person's unit (null for a leader who belongs to no unit). */
    Long ownerUnit(Long agencyId, Party party) {
        try {
            if (party.isUnit()) {
                var unit = organization.unit(party.unitId());
                if (!unit.agencyId().equals(agencyId)) {
                    throw new DomainException("task.party.otherAgency");
                }
                return unit.id();
            }
            var user = users.summary(party.userId());
            if (!agencyId.equals(user.agencyId())) {
                throw new DomainException("task.party.otherAgency");
            }
            return user.unitId();
        } catch (NotFoundException e) {
            throw new DomainException("task.party.unknown");
        }
    }
}
