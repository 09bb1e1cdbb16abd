package vn.eoffice.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.eoffice.platform.EOfficeProperties;
import vn.eoffice.tasks.LedTask;
import vn.eoffice.tasks.TaskQueries;

/**
 * Turns the tasks a person led in a period into scored lines and figures (docs/adr/0030): a task is done when
 * accepted; each return for rework and a rating "does not meet quality" are quality failures unless the proposer
 * confirmed an objective cause; a late completion is one delay (approved extensions too, if the setting says so).
 */
@Component
class Scorer {

    private final TaskQueries tasks;
    private final TaskMarks marks;
    private final EvaluationProperties properties;
    private final ZoneId zone;

    Scorer(TaskQueries tasks, TaskMarks marks, EvaluationProperties properties, EOfficeProperties office) {
        this.tasks = tasks;
        this.marks = marks;
        this.properties = properties;
        this.zone = office.timeZone();
    }

    List<LedTask> ledIn(EvaluationPeriod period) {
        return tasks.ledTasks(period.getAgencyId(), period.getFirstDay(), period.getLastDay());
    }

    List<TaskLine> lines(EvaluationSheet sheet, List<LedTask> led) {
        Map<Long, TaskMark> marked = sheet.getId() == null ? Map.of() : marks.findBySheetId(sheet.getId()).stream()
                .collect(Collectors.toMap(TaskMark::getTaskId, Function.identity()));
        var own = led.stream().filter(t -> sheet.getUserId().equals(t.leadUserId())).toList();
        var facts = own.stream().map(t -> fact(t, marked.get(t.taskId()))).toList();
        BigDecimal total = facts.stream().map(TaskFact::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
        var lines = new ArrayList<TaskLine>();
        for (int i = 0; i < own.size(); i++) {
            var t = own.get(i);
            var f = facts.get(i);
            var mark = marked.get(t.taskId());
            lines.add(new TaskLine(t.taskId(), t.title(), t.sourceType(), t.priority(), t.deadline(), t.status(),
                    f.done(), t.daysLate() == null ? 0 : t.daysLate(), t.meetsQuality(), t.returns(), t.extensions(),
                    f.weight(), f.qualityFailures(), f.delays(), f.exceeding(), mark != null && mark.isObjectiveCause(),
                    points(f.weight(), total, f.done() ? 0 : -1), points(f.weight(), total, f.done()
                            ? f.qualityFailures() : -1), points(f.weight(), total, f.done() ? f.delays() : -1), false));
        }
        return lines;
    }

    static List<TaskFact> facts(List<TaskLine> lines) {
        return lines.stream().map(l -> new TaskFact(l.taskId(), l.weight(), l.done(), l.qualityFailures(), l.delays(),
                l.done() && l.daysLate() > 0, l.exceeding())).toList();
    }

    private TaskFact fact(LedTask task, TaskMark mark) {
        var weight = properties.weight(task.sourceType(), task.priority());
        boolean done = task.accepted();
        int failures = task.returns() + (done && Boolean.FALSE.equals(task.meetsQuality()) ? 1 : 0);
        if (mark != null && mark.isObjectiveCause()) {
            failures = 0;
        }
        boolean late = done && Boolean.FALSE.equals(task.onTime());
        int delays = (late ? 1 : 0) + (properties.extensionsAreDelays() ? task.extensions() : 0);
        boolean early = done && task.completedAt() != null && failures == 0
                && task.completedAt().atZone(zone).toLocalDate().isBefore(task.deadline());
        boolean exceeding = done && (early || (mark != null && mark.isExceeding()));
        return new TaskFact(task.taskId(), weight, done, failures, delays, late, exceeding);
    }

    /** What a task adds to a, b or c: weight / total × 100 × (1 − 0.25 × failures); −1 failures: not done. */
    private static BigDecimal points(BigDecimal weight, BigDecimal total, int failures) {
        if (failures < 0 || total.signum() == 0) {
            return Scores.round(BigDecimal.ZERO);
        }
        var credit = BigDecimal.ONE.subtract(new BigDecimal("0.25").multiply(BigDecimal.valueOf(failures)))
                .max(BigDecimal.ZERO);
        return Scores.round(weight.multiply(Scores.HUNDRED).multiply(credit).divide(total, 8, RoundingMode.HALF_UP));
    }

    /**
     * The figures of a sheet from its lines; {@code unitAllCompleted} is null for a person without a post, and for a
     * leader of whose people nobody is rated yet (then the unit part is not counted).
     */
    Figures figures(EvaluationPeriod period, EvaluationSheet sheet, List<TaskLine> lines, Boolean unitAllCompleted) {
        var result = Decree335.taskResult(facts(lines));
        var general = sheet.getHeadGeneral() != null ? sheet.getHeadGeneral() : sheet.getSelfGeneral();
        var taskPoints = sheet.isLeader()
                ? Decree335.leaderPoints(result, unitAllCompleted, sheet.getOrganising() == null ? BigDecimal.ZERO
                        : sheet.getOrganising(), properties.leaderWeights())
                : result.points();
        var total = Decree335.total(general == null ? BigDecimal.ZERO : general, taskPoints);
        boolean disqualified = sheet.disqualified();
        var party = Regulation366.rate(total, result);
        var rating = disqualified ? Rating.NOT_COMPLETED : period.getRule().party() ? party.rating()
                : Decree335.rating(total, false);
        return new Figures(result, general, taskPoints, total, rating, party, disqualified, unitAllCompleted);
    }
}
