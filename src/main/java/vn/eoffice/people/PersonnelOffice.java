package vn.eoffice.people;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import vn.eoffice.audit.AuditLog;
import vn.eoffice.audit.Outcome;
import vn.eoffice.identity.AccessControl;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.organization.OrganizationDirectory;
import vn.eoffice.organization.UnitSummary;
import vn.eoffice.platform.DomainException;
import vn.eoffice.platform.NotFoundException;

/** Names each agency's personnel unit for {@link AccessControl}'s personnel rules, which decide. */
@Component
class PersonnelOffice {

    private final OrganizationDirectory organization;
    private final AccessControl control;
    private final AuditLog audit;
    private final PeopleProperties properties;
    private final Clock clock;

    PersonnelOffice(OrganizationDirectory organization, AccessControl control, AuditLog audit,
            PeopleProperties properties, Clock clock) {
        this.organization = organization;
        this.control = control;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    Long unitOf(Long agencyId) {
        return organization.units(agencyId, today()).stream()
                .filter(unit -> properties.personnelUnit().equals(unit.abbreviation()))
                .map(UnitSummary::id).findFirst().orElse(null);
    }

    boolean mayBrowse(CurrentUser user) {
        return user != null && control.mayBrowsePersonnel(user, user.agencyId(), unitOf(user.agencyId()));
    }

    boolean mayKeep(CurrentUser user) {
        return user != null && control.mayKeepPersonnelRecords(user, user.agencyId(), unitOf(user.agencyId()));
    }

    /** The record if the user may see it; otherwise "not found", so that nobody learns it exists. */
    Cadre visible(CurrentUser user, Cadre cadre) {
        if (!control.mayViewPersonnelRecord(user, cadre.getAgencyId(), cadre.getUserId(),
                unitOf(cadre.getAgencyId()))) {
            audit.recordAttempt("PERSONNEL_RECORD_READ", "CADRE", cadre.getId(), null, Outcome.DENIED);
            throw new NotFoundException("cadre " + cadre.getId());
        }
        return cadre;
    }

    JobPosition visible(CurrentUser user, JobPosition position) {
        if (!user.agencyId().equals(position.getAgencyId()) || !mayBrowse(user)) {
            throw new NotFoundException("position " + position.getId());
        }
        return position;
    }

    void requireBrowse(CurrentUser user) {
        if (!mayBrowse(user)) {
            audit.recordAttempt("PERSONNEL_LIST", "CADRE", null, null, Outcome.DENIED);
            throw new AccessDeniedException("denied");
        }
    }

    void requireKeep(CurrentUser user, String action, Object id) {
        if (!mayKeep(user)) {
            audit.recordAttempt(action, "CADRE", id, null, Outcome.DENIED);
            throw new AccessDeniedException("denied");
        }
    }

    /** A unit named on a record must be one of the user's agency in force today. */
    void requireOwnUnit(CurrentUser user, Long unitId) {
        if (unitId != null && organization.units(user.agencyId(), today()).stream()
                .noneMatch(unit -> unit.id().equals(unitId))) {
            throw new DomainException("people.form.unit.unknown");
        }
    }
}
