package vn.eoffice.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The points of Nghị định 335/2025/NĐ-CP: task results from the period's tasks (quantity a, quality b, timeliness c;
 * −25% of a task's quality points per quality failure and of its timeliness points per delay), the leader's variant,
 * and the rating from the total, which a disqualifier forces to "Không hoàn thành nhiệm vụ".
 */
public final class Decree335 {

    static final BigDecimal TASK_POINTS = BigDecimal.valueOf(70);
    static final BigDecimal GENERAL_POINTS = BigDecimal.valueOf(30);
    private static final BigDecimal QUARTER = new BigDecimal("0.25");

    private Decree335() {
    }

    /** a, b, c and 70 × (a + b + c) / 300 for a person without a leadership post; nothing assigned scores 0. */
    public static TaskResult taskResult(List<TaskFact> facts) {
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal quantity = BigDecimal.ZERO;
        BigDecimal quality = BigDecimal.ZERO;
        BigDecimal timeliness = BigDecimal.ZERO;
        int done = 0, onTime = 0, late = 0, exceeding = 0;
        for (TaskFact fact : facts) {
            total = total.add(fact.weight());
            if (fact.done()) {
                done++;
                onTime += fact.late() ? 0 : 1;
                late += fact.late() ? 1 : 0;
                exceeding += fact.exceeding() ? 1 : 0;
                quantity = quantity.add(fact.weight());
                quality = quality.add(fact.weight().multiply(credit(fact.qualityFailures())));
                timeliness = timeliness.add(fact.weight().multiply(credit(fact.delays())));
            }
        }
        if (total.signum() == 0) {
            var zero = Scores.round(BigDecimal.ZERO);
            return new TaskResult(zero, zero, zero, zero, 0, 0, 0, 0, 0);
        }
        var a = share(quantity, total);
        var b = share(quality, total);
        var c = share(timeliness, total);
        return new TaskResult(Scores.round(a), Scores.round(b), Scores.round(c), Scores.round(staffPoints(a, b, c)),
                facts.size(), done, onTime, late, exceeding);
    }

    /**
     * A leader's task points (docs/adr/0030): 70 × (own × (a + b + c) / 300 + unit × unit share + organising ×
     * organising score / 100), the weights being settings that add up to 1; the unit share is 1 when everyone the
     * leader manages is rated at least "Hoàn thành", 0.5 otherwise. With nobody rated yet ({@code null}, "chưa có")
     * the unit part is not counted: the own and organising parts share all 70 points in proportion to their weights.
     */
    public static BigDecimal leaderPoints(TaskResult own, Boolean unitAllCompleted, BigDecimal organising,
            LeaderWeights weights) {
        var ownPart = own.a().add(own.b()).add(own.c()).divide(BigDecimal.valueOf(300), 8, RoundingMode.HALF_UP)
                .multiply(weights.own());
        var organisingPart = organising.divide(Scores.HUNDRED, 8, RoundingMode.HALF_UP).multiply(weights.organising());
        if (unitAllCompleted == null) {
            var counted = weights.own().add(weights.organising());
            return Scores.round(TASK_POINTS.multiply(ownPart.add(organisingPart)).divide(counted, 8,
                    RoundingMode.HALF_UP));
        }
        var unitPart = (unitAllCompleted ? BigDecimal.ONE : new BigDecimal("0.5")).multiply(weights.unit());
        return Scores.round(TASK_POINTS.multiply(ownPart.add(unitPart).add(organisingPart)));
    }

    /** The total of general criteria (0–30) and task points (0–70). */
    public static BigDecimal total(BigDecimal general, BigDecimal taskPoints) {
        return Scores.round(general.add(taskPoints));
    }

    /** The rating the total reaches (90 / 70 / 50), or "Không hoàn thành" whatever the points if disqualified. */
    public static Rating rating(BigDecimal total, boolean disqualified) {
        return disqualified ? Rating.NOT_COMPLETED : Rating.ofPoints(total);
    }

    private static BigDecimal credit(int failures) {
        return BigDecimal.ONE.subtract(QUARTER.multiply(BigDecimal.valueOf(failures))).max(BigDecimal.ZERO);
    }

    private static BigDecimal share(BigDecimal part, BigDecimal total) {
        return part.multiply(Scores.HUNDRED).divide(total, 8, RoundingMode.HALF_UP);
    }

    private static BigDecimal staffPoints(BigDecimal a, BigDecimal b, BigDecimal c) {
        return TASK_POINTS.multiply(a.add(b).add(c)).divide(BigDecimal.valueOf(300), 8, RoundingMode.HALF_UP);
    }

    /** The leader formula's weights (settings under eoffice.evaluation.leader-weights). */
    public record LeaderWeights(BigDecimal own, BigDecimal unit, BigDecimal organising) {

        public static final LeaderWeights DEFAULT = new LeaderWeights(new BigDecimal("0.5"), new BigDecimal("0.3"),
                new BigDecimal("0.2"));
    }
}
