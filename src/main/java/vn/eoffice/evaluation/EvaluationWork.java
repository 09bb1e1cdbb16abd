package vn.eoffice.evaluation;

import java.util.ArrayList;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.eoffice.identity.CurrentUser;
import vn.eoffice.identity.Role;
import vn.eoffice.platform.Actor;
import vn.eoffice.platform.WaitingItem;
import vn.eoffice.platform.WaitingStep;
import vn.eoffice.platform.WaitingWork;

/**
 * Evaluation in the queue: the person's own self-assessment, proposals and collective meetings waiting for the head
 * of the unit (or the leaders), decisions waiting for the leaders — each sheet linking to its page.
 */
@Component
@Transactional(readOnly = true)
class EvaluationWork implements WaitingWork {

    static final String AREA = "queue.area.evaluation";
    static final String KIND = "queue.evaluation.";

    private final EvaluationQueries queries;
    private final Periods periods;
    private final MessageSource messages;

    EvaluationWork(EvaluationQueries queries, Periods periods, MessageSource messages) {
        this.queries = queries;
        this.periods = periods;
        this.messages = messages;
    }

    /** The queue's kind for sheets at {@code status}. */
    static String kind(SheetStatus status) {
        return KIND + status.name();
    }

    @Override
    public List<WaitingStep> waitingFor(Actor actor) {
        if (!(actor instanceof CurrentUser user)) {
            return List.of();
        }
        var waiting = queries.waitingSheets(user);
        var steps = new ArrayList<WaitingStep>();
        for (var status : List.of(SheetStatus.SELF, SheetStatus.PROPOSAL, SheetStatus.COLLECTIVE,
                SheetStatus.DECISION)) {
            long count = waiting.stream().filter(s -> s.getStatus() == status).count();
            if (count > 0 || concerns(user, status)) {
                steps.add(new WaitingStep(AREA, kind(status), (int) count, "/evaluation#waiting"));
            }
        }
        return steps;
    }

    private static boolean concerns(CurrentUser user, SheetStatus status) {
        return switch (status) {
            case PROPOSAL, COLLECTIVE -> user.hasRole(Role.UNIT_HEAD) || user.hasRole(Role.LEADER);
            case DECISION -> user.hasRole(Role.LEADER);
            default -> false;
        };
    }

    @Override
    public List<WaitingItem> firstWaiting(Actor actor, String kind, int limit) {
        if (!(actor instanceof CurrentUser user) || !kind.startsWith(KIND)) {
            return List.of();
        }
        return queries.waitingSheets(user).stream().filter(s -> kind(s.getStatus()).equals(kind)).limit(limit)
                .map(s -> new WaitingItem(messages.getMessage("evaluation.queue.item", new Object[] {
                        queries.personName(s), periods.findById(s.getPeriodId()).orElseThrow().getName() },
                        LocaleContextHolder.getLocale()), "/evaluation/sheets/" + s.getId()))
                .toList();
    }
}
