package vn.eoffice.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The Party rating of Quy định 366-QĐ/TW (30/8/2025): the points give a rating only if its condition holds —
 * "xuất sắc" ≥ 90 with 100% of tasks on time and ≥ 30% exceeding, "tốt" ≥ 70 with 100% on time, "hoàn thành" ≥ 50
 * with 100% done and ≤ 20% late; otherwise it falls to the next rating whose condition holds, and says why.
 */
public final class Regulation366 {

    private static final BigDecimal ALL = BigDecimal.valueOf(100);
    private static final BigDecimal EXCEEDING_MIN = BigDecimal.valueOf(30);
    private static final BigDecimal LATE_MAX = BigDecimal.valueOf(20);

    private Regulation366() {
    }

    /** Why a rating was not given: a message key and its arguments. */
    public record Reason(String key, List<String> arguments) {
    }

    /** The rating the points reach, the rating given and the reasons of each fall. */
    public record Verdict(Rating byPoints, Rating rating, List<Reason> reasons) {
    }

    public static Verdict rate(BigDecimal total, TaskResult tasks) {
        var byPoints = Rating.ofPoints(total);
        var reasons = new ArrayList<Reason>();
        var rating = byPoints;
        while (rating != Rating.NOT_COMPLETED) {
            var refusal = refusal(rating, tasks);
            if (refusal == null) {
                break;
            }
            reasons.add(refusal);
            rating = rating.below();
        }
        return new Verdict(byPoints, rating, List.copyOf(reasons));
    }

    private static Reason refusal(Rating rating, TaskResult tasks) {
        return switch (rating) {
            case EXCELLENT -> tasks.onTimeShare().compareTo(ALL) < 0
                    ? reason("evaluation.366.excellent.onTime", tasks.onTimeShare())
                    : tasks.exceedingShare().compareTo(EXCEEDING_MIN) < 0
                            ? reason("evaluation.366.excellent.exceeding", tasks.exceedingShare()) : null;
            case GOOD -> tasks.onTimeShare().compareTo(ALL) < 0
                    ? reason("evaluation.366.good.onTime", tasks.onTimeShare()) : null;
            case COMPLETED -> tasks.doneShare().compareTo(ALL) < 0
                    ? reason("evaluation.366.completed.done", tasks.doneShare())
                    : tasks.lateShare().compareTo(LATE_MAX) > 0
                            ? reason("evaluation.366.completed.late", tasks.lateShare()) : null;
            case NOT_COMPLETED -> null;
        };
    }

    private static Reason reason(String key, BigDecimal share) {
        return new Reason(key, List.of(share.stripTrailingZeros().toPlainString()));
    }
}
