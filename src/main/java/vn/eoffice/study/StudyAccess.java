package vn.eoffice.study;

import java.util.List;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import vn.eoffice.audit.AuditLog;
import vn.eoffice.audit.Outcome;
import vn.eoffice.identity.AccessControl;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.platform.NotFoundException;

/** Asks {@link AccessControl}'s study rules about a programme and its committees; refusals are audited. */
@Component
class StudyAccess {

    private final AccessControl control;
    private final Committees committees;
    private final AuditLog audit;

    StudyAccess(AccessControl control, Committees committees, AuditLog audit) {
        this.control = control;
        this.committees = committees;
        this.audit = audit;
    }

    /** The programme if the user may see it; "not found" otherwise. */
    StudyProgramme visible(CurrentUser user, StudyProgramme programme) {
        if (!control.mayViewStudy(user, programme.getAgencyId(), committeeAgencies(programme.getId()))) {
            audit.recordAttempt("STUDY_READ", "STUDY_PROGRAMME", programme.getId(), null, Outcome.DENIED);
            throw new NotFoundException("study programme " + programme.getId());
        }
        return programme;
    }

    boolean seesEveryCommittee(CurrentUser user, StudyProgramme programme) {
        return control.mayViewEveryStudyCommittee(user, programme.getAgencyId());
    }

    /** The committees of a programme this user may see: all for the organiser, his own otherwise. */
    List<StudyCommittee> visibleCommittees(CurrentUser user, StudyProgramme programme) {
        var all = committees.findByProgrammeIdOrderByName(programme.getId());
        return seesEveryCommittee(user, programme) ? all
                : all.stream().filter(c -> c.getAgencyId().equals(user.agencyId())).toList();
    }

    void requireOrganise(CurrentUser user, Long organiserAgencyId, Long programmeId, String action) {
        if (!control.mayOrganiseStudy(user, organiserAgencyId)) {
            audit.recordAttempt(action, "STUDY_PROGRAMME", programmeId, null, Outcome.DENIED);
            throw new AccessDeniedException("denied");
        }
    }

    void requireActFor(CurrentUser user, StudyCommittee committee, String action) {
        if (!control.mayActForStudyCommittee(user, committee.getAgencyId())) {
            audit.recordAttempt(action, "STUDY_COMMITTEE", committee.getId(), null, Outcome.DENIED);
            throw new AccessDeniedException("denied");
        }
    }

    boolean mayPlan(CurrentUser user) {
        return control.mayOrganiseStudy(user, user.agencyId());
    }

    boolean mayOrganise(CurrentUser user, StudyProgramme programme) {
        return control.mayOrganiseStudy(user, programme.getAgencyId());
    }

    /** Whether the user may set a committee's expected members: the organiser, or the committee for itself. */
    boolean mayExpect(CurrentUser user, StudyProgramme programme, StudyCommittee committee) {
        return seesEveryCommittee(user, programme) ? mayOrganise(user, programme)
                : control.mayActForStudyCommittee(user, committee.getAgencyId());
    }

    private List<Long> committeeAgencies(Long programmeId) {
        return committees.findByProgrammeIdOrderByName(programmeId).stream().map(StudyCommittee::getAgencyId)
                .toList();
    }
}
