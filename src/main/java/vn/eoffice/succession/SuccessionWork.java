package vn.eoffice.succession;

import java.util.ArrayList;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.eoffice.identity.CurrentUser;
import vn.eoffice.organization.AgencyCatalog;
import vn.eoffice.platform.Actor;
import vn.eoffice.platform.WaitingItem;
import vn.eoffice.platform.WaitingStep;
import vn.eoffice.platform.WaitingWork;

/**
 * Succession plans in the queue: a submitted plan waits for the agency's leaders' decision, a yearly review for the
 * personnel office. Nobody else is offered the kind at all, not even with a count of 0.
 */
@Component
@Transactional(readOnly = true)
class SuccessionWork implements WaitingWork {

    static final String APPROVE = "queue.succession.APPROVE";
    static final String REVIEW = "queue.succession.REVIEW";
    private static final String AREA = "queue.area.succession";

    private final SuccessionPlans plans;
    private final SuccessionGuard guard;
    private final AgencyCatalog catalog;
    private final MessageSource messages;

    SuccessionWork(SuccessionPlans plans, SuccessionGuard guard, AgencyCatalog catalog, MessageSource messages) {
        this.plans = plans;
        this.guard = guard;
        this.catalog = catalog;
        this.messages = messages;
    }

    @Override
    public List<WaitingStep> waitingFor(Actor actor) {
        if (!(actor instanceof CurrentUser user) || !guard.mayView(user)) {
            return List.of();
        }
        var steps = new ArrayList<WaitingStep>();
        if (guard.mayApprove(user)) {
            steps.add(new WaitingStep(AREA, APPROVE, waiting(user, APPROVE).size(), "/succession"));
        }
        if (guard.mayKeep(user)) {
            steps.add(new WaitingStep(AREA, REVIEW, waiting(user, REVIEW).size(), "/succession"));
        }
        return steps;
    }

    @Override
    public List<WaitingItem> firstWaiting(Actor actor, String kind, int limit) {
        if (!(actor instanceof CurrentUser user) || !guard.mayView(user)
                || (APPROVE.equals(kind) ? !guard.mayApprove(user) : !guard.mayKeep(user))) {
            return List.of();
        }
        return waiting(user, kind).stream().limit(limit).map(p -> new WaitingItem(messages.getMessage(
                "succession.queue." + (APPROVE.equals(kind) ? "approve" : "review"), new Object[] {
                        catalog.term(p.getAgencyId(), p.getTermId()).name() }, LocaleContextHolder.getLocale()),
                "/succession/" + p.getId())).toList();
    }

    private List<SuccessionPlan> waiting(CurrentUser user, String kind) {
        var today = guard.today();
        return plans.findByAgencyId(user.agencyId()).stream().filter(p -> APPROVE.equals(kind)
                ? p.getStatus().submitted()
                : p.reviewDue(today, catalog.term(p.getAgencyId(), p.getTermId()).endDate())).toList();
    }
}
