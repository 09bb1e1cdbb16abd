package vn.eoffice.people;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.eoffice.audit.AuditLog;
import vn.eoffice.audit.Outcome;
import vn.eoffice.identity.AccessControl;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.identity.Role;
import vn.eoffice.identity.UserManagement;
import vn.eoffice.identity.UserSummary;
import vn.eoffice.notifications.Category;
import vn.eoffice.notifications.Notifier;
import vn.eoffice.platform.DomainException;
import vn.eoffice.platform.NotFoundException;
import vn.eoffice.platform.Secrecy;

/**
 * Yearly competency assessment (docs/adr/0028): a person assesses himself against his primary position's framework
 * once a year; the head of his unit (the leaders, for a unit head) reviews it, and that review is final. Every read of
 * another person's assessment is audited.
 */
@Service
@Transactional
public class CompetencyAssessments {

    private final Assessments assessments;
    private final Cadres cadres;
    private final JobPositions positions;
    private final Assignments assignments;
    private final PersonnelOffice office;
    private final AccessControl access;
    private final UserManagement users;
    private final Notifier notifier;
    private final AuditLog audit;
    private final Clock clock;

    CompetencyAssessments(Assessments assessments, Cadres cadres, JobPositions positions, Assignments assignments,
            PersonnelOffice office, AccessControl access, UserManagement users, Notifier notifier, AuditLog audit,
            Clock clock) {
        this.assessments = assessments;
        this.cadres = cadres;
        this.positions = positions;
        this.assignments = assignments;
        this.office = office;
        this.access = access;
        this.users = users;
        this.notifier = notifier;
        this.audit = audit;
        this.clock = clock;
    }

    public int currentYear() {
        return LocalDate.now(clock).getYear();
    }

    /** The user's own sheet for {@code year} (null: this year). */
    @Transactional(readOnly = true)
    public AssessmentSheet sheet(CurrentUser user, Integer year) {
        int y = year == null ? currentYear() : year;
        var cadre = cadres.findByUserId(user.id()).filter(c -> c.getAgencyId().equals(user.agencyId()));
        if (cadre.isEmpty()) {
            return new AssessmentSheet(null, y, null, null, List.of(), null);
        }
        var sent = assessments.findByCadreIdAndYear(cadre.get().getId(), y).map(this::view).orElse(null);
        var position = primaryPosition(cadre.get().getId());
        return new AssessmentSheet(cadre.get().getId(), y, position.map(JobPosition::getId).orElse(null),
                position.map(JobPosition::getName).orElse(null),
                position.map(JobPosition::framework).orElse(List.of()), sent);
    }

    /** Whether the user still owes this year's self-assessment (he holds a position with a framework). */
    @Transactional(readOnly = true)
    public boolean owesSelfAssessment(CurrentUser user) {
        return sheet(user, null).open();
    }

    /**
     * Sends the user's own assessment of a year (this year or the last); the reviewers are told. One per year: a
     * second one is refused.
     */
    public Long submit(CurrentUser user, SelfAssessmentForm form) {
        int year = form.year();
        if (year > currentYear() || year < currentYear() - 1) {
            throw new DomainException("competency.year.invalid", String.valueOf(currentYear() - 1),
                    String.valueOf(currentYear()));
        }
        var cadre = cadres.findByUserId(user.id()).filter(c -> c.getAgencyId().equals(user.agencyId()))
                .orElseThrow(() -> new DomainException("competency.noRecord"));
        if (assessments.findByCadreIdAndYear(cadre.getId(), year).isPresent()) {
            throw new DomainException("competency.already", String.valueOf(year));
        }
        var position = primaryPosition(cadre.getId()).orElseThrow(() -> new DomainException("competency.noPosition"));
        var heads = heads(cadre, user.id());
        var assessment = assessments.saveAndFlush(new CompetencyAssessment(cadre, position, year, heads.isEmpty(),
                form, clock.instant()));
        var reviewers = heads.isEmpty() ? leaders(cadre.getAgencyId(), user.id()) : heads;
        var told = notifier.waitingOn(assessment.step());
        reviewers.stream().filter(r -> !told.contains(r.id())).forEach(r -> notifier.notifyStep(r.id(),
                assessment.step(), Category.TASK, Secrecy.NONE, "competency.notify.review",
                new Object[] { cadre.getFullName(), String.valueOf(year) }, "/competency/" + assessment.getId()));
        audit.record("COMPETENCY_SELF_ASSESSED", "COMPETENCY_ASSESSMENT", assessment.getId(),
                cadre.getFullName() + " " + year);
        return assessment.getId();
    }

    /** One assessment, to those who may see it ("not found" otherwise); another person's is audited. */
    @Transactional
    public AssessmentView view(CurrentUser user, Long id) {
        var assessment = visible(user, id);
        var cadre = cadres.findById(assessment.getCadreId()).orElseThrow();
        if (!user.id().equals(cadre.getUserId())) {
            audit.record("COMPETENCY_READ", "COMPETENCY_ASSESSMENT", id, null);
        }
        return view(assessment);
    }

    /** Whether the user may review this assessment now (it waits, and he is its reviewer). */
    @Transactional(readOnly = true)
    public boolean mayReview(CurrentUser user, Long id) {
        return assessments.findById(id).filter(a -> a.getStatus() == AssessmentStatus.SUBMITTED)
                .map(a -> reviews(user, a)).orElse(false);
    }

    /** Reviews it: the levels set (or confirmed) are final; the reviewers' notice clears and the person is told. */
    public void review(CurrentUser user, Long id, ReviewForm form) {
        var assessment = visible(user, id);
        if (!reviews(user, assessment)) {
            audit.recordAttempt("COMPETENCY_REVIEW", "COMPETENCY_ASSESSMENT", id, null, Outcome.DENIED);
            throw new org.springframework.security.access.AccessDeniedException("denied");
        }
        assessment.review(user.id(), form, clock.instant());
        notifier.stepDone(assessment.step());
        var cadre = cadres.findById(assessment.getCadreId()).orElseThrow();
        if (cadre.getUserId() != null) {
            notifier.notify(cadre.getUserId(), Category.TASK, "competency.notify.reviewed",
                    new Object[] { String.valueOf(assessment.getYear()) }, "/competency?year=" + assessment.getYear());
        }
        audit.record("COMPETENCY_REVIEWED", "COMPETENCY_ASSESSMENT", id, cadre.getFullName());
    }

    /** Assessments waiting for the user's review, oldest first. */
    @Transactional(readOnly = true)
    public List<AssessmentView> toReview(CurrentUser user) {
        return waiting(user).stream().map(this::view).toList();
    }

    List<CompetencyAssessment> waiting(CurrentUser user) {
        if (!user.hasRole(Role.UNIT_HEAD) && !user.hasRole(Role.LEADER) && user.delegator() == null) {
            return List.of();
        }
        return assessments.findByAgencyIdAndStatusOrderBySubmittedAt(user.agencyId(), AssessmentStatus.SUBMITTED)
                .stream().filter(a -> reviews(user, a)).toList();
    }

    private boolean reviews(CurrentUser user, CompetencyAssessment assessment) {
        var cadre = cadres.findById(assessment.getCadreId()).orElseThrow();
        return access.mayReviewCompetency(user, assessment.getAgencyId(), cadre.getUserId(), assessment.getUnitId(),
                assessment.isByLeaders());
    }

    private CompetencyAssessment visible(CurrentUser user, Long id) {
        var assessment = assessments.findById(id).orElseThrow(() -> new NotFoundException("assessment " + id));
        var cadre = cadres.findById(assessment.getCadreId()).orElseThrow();
        if (!access.mayViewCompetency(user, assessment.getAgencyId(), cadre.getUserId(), assessment.getUnitId(),
                office.unitOf(assessment.getAgencyId())) && !reviews(user, assessment)) {
            audit.recordAttempt("COMPETENCY_READ", "COMPETENCY_ASSESSMENT", id, null, Outcome.DENIED);
            throw new NotFoundException("assessment " + id);
        }
        return assessment;
    }

    AssessmentView view(CompetencyAssessment assessment) {
        String person = cadres.findById(assessment.getCadreId()).map(Cadre::getFullName).orElse("");
        String position = positions.findById(assessment.getPositionId()).map(JobPosition::getName).orElse("");
        String reviewer = assessment.getReviewerId() == null ? null : users.summary(assessment.getReviewerId())
                .fullName();
        return assessment.view(person, position, reviewer);
    }

    Optional<JobPosition> primaryPosition(Long cadreId) {
        return assignments.heldBy(cadreId).stream().filter(Assignment::isMain).findFirst()
                .flatMap(a -> positions.findById(a.getPositionId()));
    }

    /** The enabled heads of the person's unit other than himself: none when he heads it or has no unit. */
    private List<UserSummary> heads(Cadre cadre, Long personId) {
        if (cadre.getUnitId() == null || users.summary(personId).roles().contains(Role.UNIT_HEAD)) {
            return List.of();
        }
        return users.membersOf(cadre.getUnitId()).stream().filter(u -> u.enabled()
                && u.roles().contains(Role.UNIT_HEAD) && !u.id().equals(personId)).toList();
    }

    private List<UserSummary> leaders(Long agencyId, Long personId) {
        return users.staffOf(agencyId).stream().filter(u -> u.enabled() && u.roles().contains(Role.LEADER)
                && !u.id().equals(personId)).toList();
    }
}
