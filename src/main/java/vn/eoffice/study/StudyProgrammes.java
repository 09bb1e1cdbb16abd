package vn.eoffice.study;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.eoffice.audit.AuditLog;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.monitoring.ActionProgrammeRequest;
import vn.eoffice.monitoring.ActionProgrammes;
import vn.eoffice.monitoring.CommitteeProgramme;
import vn.eoffice.organization.OrganizationDirectory;
import vn.eoffice.platform.DomainException;
import vn.eoffice.platform.NotFoundException;

/** Plans study programmes and their committees; every change audited, every read through {@link StudyAccess}. */
@Service
@Transactional
public class StudyProgrammes {

    private final Programmes programmes;
    private final Committees committees;
    private final StudyAccess access;
    private final OrganizationDirectory organization;
    private final ActionProgrammes actionProgrammes;
    private final AuditLog audit;
    private final Clock clock;

    StudyProgrammes(Programmes programmes, Committees committees, StudyAccess access,
            OrganizationDirectory organization, ActionProgrammes actionProgrammes, AuditLog audit, Clock clock) {
        this.programmes = programmes;
        this.committees = committees;
        this.access = access;
        this.organization = organization;
        this.actionProgrammes = actionProgrammes;
        this.audit = audit;
        this.clock = clock;
    }

    /** Drafts a programme of the user's agency with its committees (hosted agencies in force). */
    public ProgrammeView plan(CurrentUser user, ProgrammeForm form) {
        access.requireOrganise(user, user.agencyId(), null, "STUDY_PLAN");
        var programme = programmes.save(new StudyProgramme(user.agencyId(), form, user.id(), Instant.now(clock)));
        for (Long agencyId : new LinkedHashSet<>(form.committeeIds())) {
            committees.save(new StudyCommittee(programme.getId(), agencyId, committeeName(agencyId)));
        }
        audit.record("STUDY_PLANNED", "STUDY_PROGRAMME", programme.getId(), form.notation() + " "
                + programme.getTitle() + ", committees " + form.committeeIds());
        return programme.view();
    }

    /** Changes a programme's plan and adds committees (a committee that took part is never dropped). */
    public ProgrammeView change(CurrentUser user, Long id, ProgrammeForm form) {
        var programme = organised(user, id, "STUDY_CHANGE");
        if (programme.getStatus() == ProgrammeStatus.CLOSED) {
            throw new DomainException("study.programme.closed");
        }
        programme.change(form);
        for (Long agencyId : new LinkedHashSet<>(form.committeeIds())) {
            if (committees.findByProgrammeIdAndAgencyId(id, agencyId).isEmpty()) {
                committees.save(new StudyCommittee(id, agencyId, committeeName(agencyId)));
            }
        }
        audit.record("STUDY_CHANGED", "STUDY_PROGRAMME", id, form.notation() + " " + programme.getTitle());
        return programme.view();
    }

    /**
     * Opens a drafted programme to its committees; when it asks for action programmes, monitoring asks each committee
     * for its programme by the due date (the monitored document collects them, with lights and reminders).
     */
    public ProgrammeView open(CurrentUser user, Long id) {
        var programme = organised(user, id, "STUDY_OPEN");
        programme.open();
        var view = programme.view();
        if (view.actionProgrammeDue() != null && view.resolutionId() == null) {
            var committeeIds = new LinkedHashSet<Long>();
            committees.findByProgrammeIdOrderByName(id).forEach(c -> committeeIds.add(c.getAgencyId()));
            programme.linkResolution(actionProgrammes.require(user, new ActionProgrammeRequest(view.title(),
                    view.kind().monitored(), view.notation(), view.issuedOn(), view.issuer(), committeeIds,
                    view.actionProgrammeDue())));
        }
        audit.record("STUDY_OPENED", "STUDY_PROGRAMME", id, programme.getTitle());
        return programme.view();
    }

    /** Where each committee the user may see stands with its action programme (none before the programme opens). */
    @Transactional(readOnly = true)
    public List<CommitteeProgramme> actionProgrammes(CurrentUser user, Long id) {
        var programme = access.visible(user, found(id)).view();
        return programme.resolutionId() == null ? List.of()
                : actionProgrammes.status(user, programme.resolutionId());
    }

    /** Closes an open programme: its figures become final. */
    public ProgrammeView close(CurrentUser user, Long id) {
        var programme = organised(user, id, "STUDY_CLOSE");
        programme.close();
        audit.record("STUDY_CLOSED", "STUDY_PROGRAMME", id, programme.getTitle());
        return programme.view();
    }

    /** Sets how many Party members a committee expects to study (the base of its percentages). */
    public CommitteeView expect(CurrentUser user, Long programmeId, Long committeeId, int members) {
        var programme = access.visible(user, found(programmeId));
        var committee = access.visibleCommittees(user, programme).stream()
                .filter(c -> c.getId().equals(committeeId)).findFirst()
                .orElseThrow(() -> new NotFoundException("study committee " + committeeId));
        if (!access.seesEveryCommittee(user, programme)) {
            access.requireActFor(user, committee, "STUDY_EXPECT");
        } else {
            access.requireOrganise(user, programme.getAgencyId(), programmeId, "STUDY_EXPECT");
        }
        committee.expect(members);
        audit.record("STUDY_EXPECTED", "STUDY_COMMITTEE", committeeId, committee.getName() + ": " + members);
        return committee.view();
    }

    @Transactional(readOnly = true)
    public ProgrammeView view(CurrentUser user, Long id) {
        return access.visible(user, found(id)).view();
    }

    /** The programmes a user sees: his agency's own, then those his committee takes part in. */
    @Transactional(readOnly = true)
    public List<ProgrammeView> list(CurrentUser user) {
        var ids = new LinkedHashSet<Long>();
        programmes.findByAgencyIdOrderByStudyFromDescIdDesc(user.agencyId()).forEach(p -> ids.add(p.getId()));
        committees.findByAgencyId(user.agencyId()).forEach(c -> ids.add(c.getProgrammeId()));
        return programmes.findByIdInOrderByStudyFromDescIdDesc(ids).stream().map(StudyProgramme::view).toList();
    }

    /** The committees of a programme the user may see: all for the organiser, his own for a committee. */
    @Transactional(readOnly = true)
    public List<CommitteeView> committees(CurrentUser user, Long programmeId) {
        var programme = access.visible(user, found(programmeId));
        return access.visibleCommittees(user, programme).stream().map(StudyCommittee::view).toList();
    }

    /** The programme's page: the plan, the committees the user sees and what he may do there. */
    @Transactional(readOnly = true)
    public ProgrammePage page(CurrentUser user, Long id) {
        var programme = access.visible(user, found(id));
        var visible = access.visibleCommittees(user, programme);
        var expectable = new java.util.HashSet<Long>();
        visible.stream().filter(c -> access.mayExpect(user, programme, c)).forEach(c -> expectable.add(c.getId()));
        return new ProgrammePage(programme.view(), visible.stream().map(StudyCommittee::view).toList(), expectable,
                access.mayOrganise(user, programme));
    }

    /** Whether the user may plan a programme for his agency. */
    @Transactional(readOnly = true)
    public boolean mayPlan(CurrentUser user) {
        return access.mayPlan(user);
    }

    /** The committees a programme may invite: hosted Party committees in force other than the organiser. */
    @Transactional(readOnly = true)
    public List<vn.eoffice.organization.AgencySummary> invitable(CurrentUser user) {
        return organization.hostedAgencies(today()).stream()
                .filter(a -> a.kind() == vn.eoffice.organization.AgencyKind.PARTY_COMMITTEE)
                .filter(a -> !a.id().equals(user.agencyId())).toList();
    }

    /** Today in the office's time zone, for the defaults of the plan form. */
    public LocalDate todayInOffice() {
        return today();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    private StudyProgramme organised(CurrentUser user, Long id, String action) {
        var programme = access.visible(user, found(id));
        access.requireOrganise(user, programme.getAgencyId(), id, action);
        return programme;
    }

    private StudyProgramme found(Long id) {
        return programmes.findById(id).orElseThrow(() -> new NotFoundException("study programme " + id));
    }

    private String committeeName(Long agencyId) {
        var agency = organization.agency(agencyId);
        if (!agency.hosted()) {
            throw new DomainException("study.committee.notHosted", agency.name());
        }
        if (agency.validTo() != null && agency.validTo().isBefore(today())) {
            throw new DomainException("study.committee.notInForce", agency.name());
        }
        return agency.name();
    }
}
