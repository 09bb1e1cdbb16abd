package vn.eoffice.succession;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.eoffice.audit.AuditLog;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.organization.AgencyCatalog;
import vn.eoffice.organization.TermView;

/**
 * Reading succession plans: to the agency's leaders and personnel office only ("not found" to everyone else), each
 * list and each plan read audited (who looked at which plan, when).
 */
@Service
@Transactional
public class SuccessionQueries {

    private final SuccessionPlans plans;
    private final Candidacies candidacies;
    private final SuccessionGuard guard;
    private final PlanViews views;
    private final AgencyCatalog catalog;
    private final AuditLog audit;

    SuccessionQueries(SuccessionPlans plans, Candidacies candidacies, SuccessionGuard guard, PlanViews views,
            AgencyCatalog catalog, AuditLog audit) {
        this.plans = plans;
        this.candidacies = candidacies;
        this.guard = guard;
        this.views = views;
        this.catalog = catalog;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public boolean mayView(CurrentUser user) {
        return guard.mayView(user);
    }

    /** The same for whoever is signed in, as the menu asks it. */
    @Transactional(readOnly = true)
    public boolean showsMenuTo(Object principal) {
        return principal instanceof CurrentUser user && guard.mayView(user);
    }

    @Transactional(readOnly = true)
    public boolean mayKeep(CurrentUser user) {
        return guard.mayKeep(user);
    }

    @Transactional(readOnly = true)
    public boolean mayApprove(CurrentUser user) {
        return guard.mayApprove(user);
    }

    /** The agency's plans, latest term first. */
    public List<PlanSummary> plans(CurrentUser user) {
        guard.requireView(user, "SUCCESSION_PLANS_READ", null);
        var today = guard.today();
        var list = plans.findByAgencyId(user.agencyId()).stream().map(p -> {
            var term = catalog.term(p.getAgencyId(), p.getTermId());
            long count = candidacies.findByPlanIdOrderById(p.getId()).stream().filter(Candidacy::active).count();
            return new PlanSummary(p.getId(), term.name(), term.startDate(), term.endDate(), p.getStatus(), count,
                    p.reviewDue(today, term.endDate()));
        }).sorted(java.util.Comparator.comparing(PlanSummary::termStart).reversed()).toList();
        audit.record("SUCCESSION_PLANS_READ", SuccessionGuard.OBJECT, null, null);
        return list;
    }

    /** The agency's terms that have no plan yet. */
    @Transactional(readOnly = true)
    public List<TermView> termsWithoutPlan(CurrentUser user) {
        guard.requireView(user, "SUCCESSION_PLANS_READ", null);
        return catalog.terms(user.agencyId()).stream()
                .filter(t -> plans.findByAgencyIdAndTermId(user.agencyId(), t.id()).isEmpty()).toList();
    }

    /** A whole plan; the read is audited. */
    public PlanView plan(CurrentUser user, Long id) {
        var plan = guard.visible(user, id, "SUCCESSION_PLAN_READ", false);
        audit.record("SUCCESSION_PLAN_READ", SuccessionGuard.OBJECT, id, null);
        return views.view(user, plan);
    }
}
