package vn.eoffice.succession;

import org.springframework.stereotype.Component;

import vn.eoffice.identity.AccessControl;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.identity.UserManagement;
import vn.eoffice.notifications.Category;
import vn.eoffice.notifications.Notifier;
import vn.eoffice.platform.Secrecy;

/**
 * Tells whoever a plan's step waits for — the leaders when it is submitted, the personnel office when a yearly
 * review is due — once per step, naming the term only; the notices are marked read when the step is done.
 */
@Component
class PlanNotices {

    private final Notifier notifier;
    private final UserManagement users;
    private final AccessControl control;
    private final SuccessionGuard guard;

    PlanNotices(Notifier notifier, UserManagement users, AccessControl control, SuccessionGuard guard) {
        this.notifier = notifier;
        this.users = users;
        this.control = control;
        this.guard = guard;
    }

    static String reviewStep(Long planId, int year) {
        return "succession-plan-" + planId + "-review-" + year;
    }

    void submitted(CurrentUser by, SuccessionPlan plan, String termName) {
        var told = notifier.waitingOn(plan.step());
        users.staffOf(plan.getAgencyId()).stream()
                .filter(u -> control.approvesSuccession(u, plan.getAgencyId()) && !u.id().equals(by.id())
                        && !told.contains(u.id()))
                .forEach(u -> notifier.notifyStep(u.id(), plan.step(), Category.TASK, Secrecy.NONE,
                        "succession.notify.submitted", new Object[] { termName }, "/succession/" + plan.getId()));
    }

    /** Tells the personnel office that this year's review of the plan is due; @return how many were told. */
    int reviewDue(SuccessionPlan plan, String termName, int year) {
        String step = reviewStep(plan.getId(), year);
        var told = notifier.waitingOn(step);
        Long office = guard.personnelUnit(plan.getAgencyId());
        var recipients = users.staffOf(plan.getAgencyId()).stream()
                .filter(u -> control.keepsSuccession(u, plan.getAgencyId(), office) && !told.contains(u.id()))
                .toList();
        recipients.forEach(u -> notifier.notifyStep(u.id(), step, Category.TASK, Secrecy.NONE,
                "succession.notify.review", new Object[] { termName, String.valueOf(year) },
                "/succession/" + plan.getId()));
        return recipients.size();
    }

    void done(String step) {
        notifier.stepDone(step);
    }
}
