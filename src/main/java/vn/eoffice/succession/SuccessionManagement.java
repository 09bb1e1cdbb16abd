package vn.eoffice.succession;

import java.time.Clock;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.eoffice.audit.AuditLog;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.organization.AgencyCatalog;
import vn.eoffice.people.PeopleQueries;
import vn.eoffice.platform.DomainException;

/**
 * Changing succession plans: the personnel office drafts a plan for a term, adds the candidates units propose
 * (within the 377 limits), records their votes, removes candidates with a reason and submits; a leader approves it by
 * a decision or sends it back; the office records each yearly review. Every change is audited and kept in the
 * plan's history.
 */
@Service
@Transactional
public class SuccessionManagement {

    private final SuccessionPlans plans;
    private final Candidacies candidacies;
    private final Posts posts;
    private final PlanEvents events;
    private final SuccessionGuard guard;
    private final PeopleQueries people;
    private final AgencyCatalog catalog;
    private final PlanNotices notices;
    private final AuditLog audit;
    private final Clock clock;

    SuccessionManagement(SuccessionPlans plans, Candidacies candidacies, Posts posts, PlanEvents events, SuccessionGuard guard,
            PeopleQueries people, AgencyCatalog catalog, PlanNotices notices, AuditLog audit, Clock clock) {
        this.plans = plans;
        this.candidacies = candidacies;
        this.posts = posts;
        this.events = events;
        this.guard = guard;
        this.people = people;
        this.catalog = catalog;
        this.notices = notices;
        this.audit = audit;
        this.clock = clock;
    }

    /** A draft plan for one of the agency's Party terms; one plan per term. */
    public Long create(CurrentUser user, Long termId) {
        guard.requireKeep(user, "SUCCESSION_PLAN_CREATE", null);
        var term = catalog.terms(user.agencyId()).stream().filter(t -> t.id().equals(termId)).findFirst()
                .orElseThrow(() -> new DomainException("succession.form.term.unknown"));
        if (plans.findByAgencyIdAndTermId(user.agencyId(), termId).isPresent()) {
            throw new DomainException("succession.rule.planExists", term.name());
        }
        var plan = plans.saveAndFlush(new SuccessionPlan(user.agencyId(), termId, clock.instant()));
        changed(user, plan, "SUCCESSION_PLAN_CREATED", PlanEvent.Kind.CREATED, term.name());
        return plan.getId();
    }

    /** Adds a candidate; at a yearly review of an approved plan the reason is required. */
    public Long addCandidate(CurrentUser user, Long planId, CandidateForm form) {
        var plan = guard.keepable(user, planId, "SUCCESSION_CANDIDATE_ADD");
        plan.requireChangeable();
        if (plan.getStatus().approved() && (form.reason() == null || form.reason().isBlank())) {
            throw new DomainException("succession.rule.reviewReason");
        }
        var agencyPosts = posts.findByAgencyIdOrderByLevelAscNameAsc(plan.getAgencyId()).stream()
                .collect(Collectors.toMap(SuccessionPost::getId, Function.identity()));
        var post = agencyPosts.get(form.postId());
        if (post == null) {
            throw new DomainException("succession.form.post.unknown");
        }
        var cadre = people.facts(user, List.of(form.cadreId())).stream().findFirst()
                .orElseThrow(() -> new DomainException("succession.form.cadre.unknown"));
        if (form.proposedBy() != null && guard.unitName(user, form.proposedBy()) == null) {
            throw new DomainException("succession.form.unit.unknown");
        }
        var active = candidacies.findByPlanIdOrderById(planId).stream().filter(Candidacy::active).toList();
        PlanLimits.check(post, cadre, active, agencyPosts);
        var candidacy = candidacies.save(new Candidacy(planId, form, guard.today()));
        changed(user, plan, "SUCCESSION_CANDIDATE_ADDED", PlanEvent.Kind.CANDIDATE_ADDED, cadre.fullName() + " — "
                + post.getName() + (form.reason() == null || form.reason().isBlank() ? "" : ": " + form.reason().trim()));
        return candidacy.getId();
    }

    /** Records the vote that introduced a candidate. */
    public void recordVote(CurrentUser user, Long planId, Long candidateId, Ballots ballots) {
        var plan = guard.keepable(user, planId, "SUCCESSION_VOTE_RECORD");
        plan.requireChangeable();
        var candidacy = candidacy(planId, candidateId);
        candidacy.record(ballots);
        changed(user, plan, "SUCCESSION_VOTE_RECORDED", PlanEvent.Kind.VOTE_RECORDED, nameOf(user, candidacy) + ": "
                + ballots.inFavour() + "/" + ballots.valid() + "/" + ballots.issued());
    }

    /** Takes a candidate out of the plan, with the reason; he stays in its history. */
    public void removeCandidate(CurrentUser user, Long planId, Long candidateId, RemovalForm form) {
        var plan = guard.keepable(user, planId, "SUCCESSION_CANDIDATE_REMOVE");
        plan.requireChangeable();
        var candidacy = candidacy(planId, candidateId);
        candidacy.remove(form.reason(), guard.today());
        changed(user, plan, "SUCCESSION_CANDIDATE_REMOVED", PlanEvent.Kind.CANDIDATE_REMOVED, nameOf(user, candidacy)
                + ": " + form.reason().trim());
    }

    /** Submits a draft with at least one candidate to the leadership, who are told. */
    public void submit(CurrentUser user, Long planId) {
        var plan = guard.keepable(user, planId, "SUCCESSION_PLAN_SUBMIT");
        if (candidacies.findByPlanIdOrderById(planId).stream().noneMatch(Candidacy::active)) {
            throw new DomainException("succession.rule.empty");
        }
        plan.submit(clock.instant());
        plans.flush();
        notices.submitted(user, plan, catalog.term(plan.getAgencyId(), plan.getTermId()).name());
        changed(user, plan, "SUCCESSION_PLAN_SUBMITTED", PlanEvent.Kind.SUBMITTED, null);
    }

    /** Approves a submitted plan by the leadership's decision (number and date, not in the future). */
    public void approve(CurrentUser user, Long planId, ApprovalForm form) {
        var plan = guard.decidable(user, planId, "SUCCESSION_PLAN_APPROVE");
        String step = plan.step();
        plan.approve(form, user.id(), guard.today());
        notices.done(step);
        changed(user, plan, "SUCCESSION_PLAN_APPROVED", PlanEvent.Kind.APPROVED, form.decisionNumber().trim()
                + ", " + vn.eoffice.platform.Dates.DATE.format(form.decisionDate()));
    }

    /** Sends a submitted plan back to the personnel office, with the reason. */
    public void sendBack(CurrentUser user, Long planId, RemovalForm form) {
        var plan = guard.decidable(user, planId, "SUCCESSION_PLAN_RETURN");
        String step = plan.step();
        plan.sendBack();
        notices.done(step);
        changed(user, plan, "SUCCESSION_PLAN_RETURNED", PlanEvent.Kind.RETURNED, form.reason().trim());
    }

    /** Records this year's review of an approved plan (after the candidates it added or removed). */
    public void completeReview(CurrentUser user, Long planId) {
        var plan = guard.keepable(user, planId, "SUCCESSION_PLAN_REVIEW");
        var term = catalog.term(plan.getAgencyId(), plan.getTermId());
        int year = guard.today().getYear();
        plan.reviewed(year, term.endDate(), guard.today());
        notices.done(PlanNotices.reviewStep(plan.getId(), year));
        changed(user, plan, "SUCCESSION_PLAN_REVIEWED", PlanEvent.Kind.REVIEWED, String.valueOf(year));
    }

    private Candidacy candidacy(Long planId, Long candidateId) {
        return candidacies.findById(candidateId).filter(c -> c.getPlanId().equals(planId))
                .orElseThrow(() -> new vn.eoffice.platform.NotFoundException("candidate " + candidateId));
    }

    private String nameOf(CurrentUser user, Candidacy candidacy) {
        return people.facts(user, List.of(candidacy.getCadreId())).stream().findFirst()
                .map(vn.eoffice.people.CadreFacts::fullName).orElse("");
    }

    /** The history line names the cadre (seen by the plan's readers only); the audit line carries ids alone. */
    private void changed(CurrentUser user, SuccessionPlan plan, String action, PlanEvent.Kind kind, String detail) {
        events.save(new PlanEvent(plan.getId(), clock.instant(), user.id(), kind, detail));
        audit.record(action, SuccessionGuard.OBJECT, plan.getId(), null);
    }
}
