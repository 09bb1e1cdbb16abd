package vn.eoffice.succession;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.eoffice.organization.AgencyCatalog;

/** Every morning, tells the personnel office of each approved plan whose yearly review is due (once a year). */
@Component
class ReviewReminders {

    private final SuccessionPlans plans;
    private final PlanNotices notices;
    private final AgencyCatalog catalog;
    private final SuccessionGuard guard;

    ReviewReminders(SuccessionPlans plans, PlanNotices notices, AgencyCatalog catalog, SuccessionGuard guard) {
        this.plans = plans;
        this.notices = notices;
        this.catalog = catalog;
        this.guard = guard;
    }

    /** @return how many people were told this time. */
    @Scheduled(cron = "${eoffice.succession.reminder-cron:0 20 7 * * *}",
            zone = "${eoffice.time-zone:Asia/Ho_Chi_Minh}")
    @Transactional
    public int remind() {
        var today = guard.today();
        int told = 0;
        for (var plan : plans.findByStatus(PlanStatus.APPROVED)) {
            var term = catalog.term(plan.getAgencyId(), plan.getTermId());
            if (plan.reviewDue(today, term.endDate())) {
                told += notices.reviewDue(plan, term.name(), today.getYear());
            }
        }
        return told;
    }
}
