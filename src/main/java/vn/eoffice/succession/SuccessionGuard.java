package vn.eoffice.succession;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import vn.eoffice.audit.AuditLog;
import vn.eoffice.audit.Outcome;
import vn.eoffice.identity.AccessControl;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.organization.OrganizationDirectory;
import vn.eoffice.people.PeopleQueries;
import vn.eoffice.platform.NotFoundException;

/**
 * Asks {@link AccessControl}'s succession rules, which decide: whoever may not view plans gets "not found" for every
 * plan and list, so that nobody learns a plan exists; a viewer who may not act gets "forbidden". Refusals are audited
 * without names.
 */
@Component
class SuccessionGuard {

    static final String OBJECT = "SUCCESSION_PLAN";

    private final PeopleQueries people;
    private final AccessControl control;
    private final AuditLog audit;
    private final SuccessionPlans plans;
    private final OrganizationDirectory organization;
    private final Clock clock;

    SuccessionGuard(PeopleQueries people, AccessControl control, AuditLog audit, SuccessionPlans plans,
            OrganizationDirectory organization, Clock clock) {
        this.organization = organization;
        this.people = people;
        this.control = control;
        this.audit = audit;
        this.plans = plans;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The names of the agency's units in force today, by id. */
    Map<Long, String> units(Long agencyId) {
        var names = new LinkedHashMap<Long, String>();
        organization.units(agencyId, today()).forEach(u -> names.put(u.id(), u.name()));
        return names;
    }

    String unitName(CurrentUser user, Long unitId) {
        return unitId == null ? null : units(user.agencyId()).get(unitId);
    }

    Long personnelUnit(Long agencyId) {
        return people.personnelUnit(agencyId);
    }

    boolean mayView(CurrentUser user) {
        return user != null && control.mayViewSuccession(user, user.agencyId(), personnelUnit(user.agencyId()));
    }

    boolean mayKeep(CurrentUser user) {
        return user != null && control.mayKeepSuccession(user, user.agencyId(), personnelUnit(user.agencyId()));
    }

    boolean mayApprove(CurrentUser user) {
        return mayView(user) && control.mayApproveSuccession(user, user.agencyId());
    }

    /** Refuses as "not found" whoever may not view the agency's plans. */
    void requireView(CurrentUser user, String action, Object id) {
        if (!mayView(user)) {
            audit.recordAttempt(action, OBJECT, id, null, Outcome.DENIED);
            throw new NotFoundException("succession");
        }
    }

    void requireKeep(CurrentUser user, String action, Object id) {
        requireView(user, action, id);
        if (!mayKeep(user)) {
            audit.recordAttempt(action, OBJECT, id, null, Outcome.DENIED);
            throw new AccessDeniedException("denied");
        }
    }

    /** The plan, if the user may view it, locked for a change when {@code lock}. */
    SuccessionPlan visible(CurrentUser user, Long id, String action, boolean lock) {
        requireView(user, action, id);
        var plan = (lock ? plans.lockById(id) : plans.findById(id)).filter(p -> p.getAgencyId().equals(user.agencyId()));
        if (plan.isEmpty()) {
            audit.recordAttempt(action, OBJECT, id, null, Outcome.DENIED);
            throw new NotFoundException("succession plan " + id);
        }
        return plan.get();
    }

    /** The plan, locked, for a change the personnel office makes. */
    SuccessionPlan keepable(CurrentUser user, Long id, String action) {
        var plan = visible(user, id, action, true);
        requireKeep(user, action, id);
        return plan;
    }

    /** The plan, locked, for the leadership's decision. */
    SuccessionPlan decidable(CurrentUser user, Long id, String action) {
        var plan = visible(user, id, action, true);
        if (!mayApprove(user)) {
            audit.recordAttempt(action, OBJECT, id, null, Outcome.DENIED);
            throw new AccessDeniedException("denied");
        }
        return plan;
    }
}
