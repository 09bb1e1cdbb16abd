package vn.eoffice.study;

import org.springframework.stereotype.Component;

import vn.eoffice.audit.AuditLog;
import vn.eoffice.audit.Outcome;
import vn.eoffice.identity.AccessControl;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.platform.NotFoundException;

/**
 * Who reads and acts on a committee's roster and learners: its own clerk and leaders act, the organiser reads; to
 * anyone else the committee does not exist (404). Refusals are audited.
 */
@Component
class LearnerAccess {

    private final StudyAccess study;
    private final AccessControl control;
    private final Programmes programmes;
    private final Committees committees;
    private final AuditLog audit;

    LearnerAccess(StudyAccess study, AccessControl control, Programmes programmes, Committees committees,
            AuditLog audit) {
        this.study = study;
        this.control = control;
        this.programmes = programmes;
        this.committees = committees;
        this.audit = audit;
    }

    StudyProgramme programme(CurrentUser user, Long programmeId) {
        return study.visible(user, programmes.findById(programmeId)
                .orElseThrow(() -> new NotFoundException("study programme " + programmeId)));
    }

    /** The committee of a programme the user may read (his own, or any for the organiser). */
    StudyCommittee committee(CurrentUser user, Long programmeId, Long committeeId) {
        var programme = programme(user, programmeId);
        return study.visibleCommittees(user, programme).stream().filter(c -> c.getId().equals(committeeId))
                .findFirst().orElseThrow(() -> {
                    audit.recordAttempt("STUDY_LEARNERS_READ", "STUDY_COMMITTEE", committeeId, null, Outcome.DENIED);
                    return new NotFoundException("study committee " + committeeId);
                });
    }

    /** The committee the user acts for (its clerk, leaders, heads); a reader only is refused. */
    StudyCommittee actFor(CurrentUser user, Long programmeId, Long committeeId, String action) {
        var committee = committee(user, programmeId, committeeId);
        study.requireActFor(user, committee, action);
        return committee;
    }

    boolean mayAct(CurrentUser user, StudyCommittee committee) {
        return control.mayActForStudyCommittee(user, committee.getAgencyId());
    }

    /** Reading a roster: the committee itself, or the commission organising a programme it takes part in. */
    void readRoster(CurrentUser user, Long agencyId) {
        var organisers = committees.findByAgencyId(agencyId).stream().map(StudyCommittee::getProgrammeId).distinct()
                .map(programmes::findById).flatMap(java.util.Optional::stream).map(StudyProgramme::getAgencyId)
                .toList();
        if (!control.mayViewPartyRoster(user, agencyId, organisers)) {
            audit.recordAttempt("STUDY_ROSTER_READ", "AGENCY", agencyId, null, Outcome.DENIED);
            throw new NotFoundException("roster " + agencyId);
        }
    }

    boolean mayKeepRoster(CurrentUser user, Long agencyId) {
        return control.mayActForStudyCommittee(user, agencyId);
    }

    void keepRoster(CurrentUser user, Long agencyId, String action) {
        readRoster(user, agencyId);
        if (!mayKeepRoster(user, agencyId)) {
            audit.recordAttempt(action, "AGENCY", agencyId, null, Outcome.DENIED);
            throw new org.springframework.security.access.AccessDeniedException("denied");
        }
    }
}
