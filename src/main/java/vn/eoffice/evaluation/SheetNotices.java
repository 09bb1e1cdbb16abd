package vn.eoffice.evaluation;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.eoffice.identity.Role;
import vn.eoffice.identity.UserManagement;
import vn.eoffice.identity.UserSummary;
import vn.eoffice.notifications.Category;
import vn.eoffice.notifications.Notifier;
import vn.eoffice.platform.Secrecy;

/**
 * Tells whoever must act on a sheet's current step (the person; the head of his unit, or the leaders; the leaders),
 * once, and clears the step's notices when it is done; the leaders are told when a period waits for publication,
 * the person when his result is published.
 */
@Component
class SheetNotices {

    private final Notifier notifier;
    private final UserManagement users;

    SheetNotices(Notifier notifier, UserManagement users) {
        this.notifier = notifier;
        this.users = users;
    }

    /** Who acts on the sheet's current step. */
    List<Long> actors(EvaluationSheet sheet) {
        return switch (sheet.getStatus()) {
            case SELF -> List.of(sheet.getUserId());
            case PROPOSAL, COLLECTIVE -> sheet.isByLeaders() ? leaders(sheet) : heads(sheet);
            case DECISION -> leaders(sheet);
            case DECIDED, PUBLISHED -> List.of();
        };
    }

    void announce(EvaluationSheet sheet, String personName, String periodName) {
        var told = notifier.waitingOn(sheet.step());
        actors(sheet).stream().filter(id -> !told.contains(id)).forEach(id -> notifier.notifyStep(id, sheet.step(),
                Category.TASK, Secrecy.NONE, "evaluation.notify." + sheet.getStatus().name(),
                new Object[] { personName, periodName }, "/evaluation/sheets/" + sheet.getId()));
    }

    void done(String step) {
        notifier.stepDone(step);
    }

    void published(EvaluationSheet sheet, String periodName) {
        notifier.notify(sheet.getUserId(), Category.TASK, "evaluation.notify.PUBLISHED", new Object[] { periodName },
                "/evaluation/sheets/" + sheet.getId());
    }

    /** Tells the agency's leaders, once, that the period's sheets are all decided and wait for publication. */
    void awaitPublication(EvaluationPeriod period) {
        String step = PublicationWork.step(period.getId());
        var told = notifier.waitingOn(step);
        users.staffOf(period.getAgencyId()).stream().filter(u -> u.enabled() && u.roles().contains(Role.LEADER)
                && !told.contains(u.id())).forEach(u -> notifier.notifyStep(u.id(), step, Category.TASK,
                        Secrecy.NONE, "evaluation.notify.PUBLISH", new Object[] { period.getName() },
                        "/evaluation/periods/" + period.getId()));
    }

    /** The enabled heads of the person's unit, himself excepted. */
    List<Long> heads(EvaluationSheet sheet) {
        if (sheet.getUnitId() == null) {
            return List.of();
        }
        return users.membersOf(sheet.getUnitId()).stream().filter(u -> u.enabled() && u.roles().contains(
                Role.UNIT_HEAD) && !u.id().equals(sheet.getUserId())).map(UserSummary::id).toList();
    }

    private List<Long> leaders(EvaluationSheet sheet) {
        return users.staffOf(sheet.getAgencyId()).stream().filter(u -> u.enabled() && u.roles().contains(Role.LEADER)
                && !u.id().equals(sheet.getUserId())).map(UserSummary::id).toList();
    }
}
