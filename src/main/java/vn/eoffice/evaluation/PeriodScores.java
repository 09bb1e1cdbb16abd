package vn.eoffice.evaluation;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.eoffice.identity.Role;
import vn.eoffice.identity.UserManagement;
import vn.eoffice.tasks.LedTask;

/**
 * The figures of sheets of one period, the period's tasks read once. A leader's unit result looks at the latest
 * rating of everyone he manages (decided, else the meeting's, else proposed; not yet proposed: not counted; nobody
 * rated yet: "chưa có", the unit part left out): the
 * members of his unit for a unit head, everyone else for a leader of the agency.
 */
@Component
class PeriodScores {

    private final Scorer scorer;
    private final Sheets sheets;
    private final UserManagement users;

    PeriodScores(Scorer scorer, Sheets sheets, UserManagement users) {
        this.scorer = scorer;
        this.sheets = sheets;
        this.users = users;
    }

    /** One period's tasks and sheets, to score several sheets of it. */
    Context of(EvaluationPeriod period) {
        return new Context(period, scorer.ledIn(period), sheets.findByPeriodIdOrderById(period.getId()));
    }

    List<TaskLine> lines(Context context, EvaluationSheet sheet) {
        return scorer.lines(sheet, context.led());
    }

    Figures figures(Context context, EvaluationSheet sheet) {
        return figures(context, sheet, lines(context, sheet));
    }

    Figures figures(Context context, EvaluationSheet sheet, List<TaskLine> lines) {
        return scorer.figures(context.period(), sheet, lines, sheet.isLeader() ? unitAllCompleted(context, sheet)
                : null);
    }

    /** Whether everyone rated so far is at least "Hoàn thành"; null ("chưa có") while nobody he manages is rated. */
    private Boolean unitAllCompleted(Context context, EvaluationSheet leader) {
        boolean agencyLeader = users.summary(leader.getUserId()).roles().contains(Role.LEADER);
        var rated = context.sheets().stream()
                .filter(s -> !s.getUserId().equals(leader.getUserId()))
                .filter(s -> agencyLeader || (leader.getUnitId() != null && leader.getUnitId().equals(s.getUnitId())))
                .map(PeriodScores::latest).filter(java.util.Objects::nonNull).toList();
        return rated.isEmpty() ? null : rated.stream().allMatch(Rating::completed);
    }

    static Rating latest(EvaluationSheet sheet) {
        return sheet.getDecidedRating() != null ? sheet.getDecidedRating()
                : sheet.getCollectiveRating() != null ? sheet.getCollectiveRating() : sheet.getProposedRating();
    }

    record Context(EvaluationPeriod period, List<LedTask> led, List<EvaluationSheet> sheets) {
    }
}
