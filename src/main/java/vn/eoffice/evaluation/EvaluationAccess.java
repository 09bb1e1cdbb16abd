package vn.eoffice.evaluation;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import vn.eoffice.audit.AuditLog;
import vn.eoffice.audit.Outcome;
import vn.eoffice.identity.AccessControl;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.people.PeopleQueries;
import vn.eoffice.platform.NotFoundException;

/** Asks {@link AccessControl}'s evaluation rules, naming the agency's personnel office; refusals are audited. */
@Component
class EvaluationAccess {

    private final AccessControl control;
    private final PeopleQueries people;
    private final AuditLog audit;

    EvaluationAccess(AccessControl control, PeopleQueries people, AuditLog audit) {
        this.control = control;
        this.people = people;
        this.audit = audit;
    }

    boolean sees(CurrentUser user, EvaluationSheet sheet) {
        return control.mayViewEvaluation(user, sheet.getAgencyId(), sheet.getUserId(), sheet.getUnitId(),
                people.personnelUnitOf(sheet.getAgencyId()));
    }

    /** The sheet if the user may see it; "not found" otherwise, so nobody learns a colleague's sheet exists. */
    EvaluationSheet visible(CurrentUser user, EvaluationSheet sheet) {
        if (!sees(user, sheet)) {
            audit.recordAttempt("EVALUATION_READ", "EVALUATION_SHEET", sheet.getId(), null, Outcome.DENIED);
            throw new NotFoundException("evaluation sheet " + sheet.getId());
        }
        return sheet;
    }

    boolean browses(CurrentUser user, Long unitId) {
        return control.mayBrowseEvaluations(user, user.agencyId(), unitId, people.personnelUnitOf(user.agencyId()));
    }

    void requireBrowse(CurrentUser user, Long unitId, String action) {
        if (!browses(user, unitId)) {
            audit.recordAttempt(action, "EVALUATION_PERIOD", unitId, null, Outcome.DENIED);
            throw new AccessDeniedException("denied");
        }
    }

    boolean opensPeriods(CurrentUser user) {
        return control.mayOpenEvaluationPeriod(user, user.agencyId(), people.personnelUnitOf(user.agencyId()));
    }

    boolean proposes(CurrentUser user, EvaluationSheet sheet) {
        return control.mayProposeEvaluation(user, sheet.getAgencyId(), sheet.getUserId(), sheet.getUnitId(),
                sheet.isByLeaders());
    }

    boolean decides(CurrentUser user, EvaluationSheet sheet) {
        return control.mayDecideEvaluation(user, sheet.getAgencyId(), sheet.getUserId());
    }

    /** Whether the user decides (and publishes) ratings of the agency: its leaders. */
    boolean decidesAny(CurrentUser user) {
        return control.mayDecideEvaluation(user, user.agencyId(), null);
    }

    /** Throws (audited) unless {@code allowed}. */
    void require(boolean allowed, String action, Long sheetId) {
        if (!allowed) {
            audit.recordAttempt(action, "EVALUATION_SHEET", sheetId, null, Outcome.DENIED);
            throw new AccessDeniedException("denied");
        }
    }
}
