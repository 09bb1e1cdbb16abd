package vn.eoffice.evaluation;

import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.eoffice.identity.CurrentUser;
import vn.eoffice.platform.Actor;
import vn.eoffice.platform.WaitingItem;
import vn.eoffice.platform.WaitingStep;
import vn.eoffice.platform.WaitingWork;

/**
 * Periods waiting for publication in the leaders' queue: every sheet of the period is decided and some are not yet
 * published (docs/adr/0030). Cleared when a leader publishes.
 */
@Component
@Transactional(readOnly = true)
class PublicationWork implements WaitingWork {

    static final String KIND = EvaluationWork.KIND + "PUBLISH";

    private final Periods periods;
    private final Sheets sheets;
    private final EvaluationAccess access;
    private final MessageSource messages;

    PublicationWork(Periods periods, Sheets sheets, EvaluationAccess access, MessageSource messages) {
        this.periods = periods;
        this.sheets = sheets;
        this.access = access;
        this.messages = messages;
    }

    /** Whether all the period's sheets are decided and some wait to be published. */
    static boolean waitsForPublication(List<EvaluationSheet> sheets) {
        return !sheets.isEmpty() && sheets.stream().allMatch(s -> s.getStatus().decided())
                && sheets.stream().anyMatch(s -> s.getStatus() == SheetStatus.DECIDED);
    }

    /** The notification step of a period's publication. */
    static String step(Long periodId) {
        return "evaluation-period:" + periodId + ":PUBLISH";
    }

    List<EvaluationPeriod> waiting(CurrentUser user) {
        if (!access.decidesAny(user)) {
            return List.of();
        }
        return periods.findByAgencyIdOrderByFirstDayDescIdDesc(user.agencyId()).stream()
                .filter(p -> waitsForPublication(sheets.findByPeriodIdOrderById(p.getId()))).toList();
    }

    @Override
    public List<WaitingStep> waitingFor(Actor actor) {
        if (!(actor instanceof CurrentUser user) || !access.decidesAny(user)) {
            return List.of();
        }
        return List.of(new WaitingStep(EvaluationWork.AREA, KIND, waiting(user).size(), "/evaluation"));
    }

    @Override
    public List<WaitingItem> firstWaiting(Actor actor, String kind, int limit) {
        if (!(actor instanceof CurrentUser user) || !KIND.equals(kind)) {
            return List.of();
        }
        return waiting(user).stream().limit(limit).map(p -> new WaitingItem(messages.getMessage(
                "evaluation.queue.publish", new Object[] { p.getName() }, LocaleContextHolder.getLocale()),
                "/evaluation/periods/" + p.getId())).toList();
    }
}
