package vn.eoffice.evaluation;

import java.math.BigDecimal;

/**
 * The task figures of one person and period (Nghị định 335/2025, task results): quantity {@code a}, quality
 * {@code b} and timeliness {@code c} in per cent of the weighted tasks assigned, the 70-point task result
 * {@code 70 × (a + b + c) / 300}, and the counts Quy định 366-QĐ/TW's conditions read.
 */
public record TaskResult(BigDecimal a, BigDecimal b, BigDecimal c, BigDecimal points, int assigned, int done,
        int onTime, int late, int exceeding) {

    /** Share of tasks assigned that were done on time, in per cent (100 when none was assigned). */
    public BigDecimal onTimeShare() {
        return Scores.percent(onTime, assigned);
    }

    public BigDecimal lateShare() {
        return assigned == 0 ? BigDecimal.ZERO.setScale(2) : Scores.percent(late, assigned);
    }

    public BigDecimal doneShare() {
        return Scores.percent(done, assigned);
    }

    public BigDecimal exceedingShare() {
        return assigned == 0 ? BigDecimal.ZERO.setScale(2) : Scores.percent(exceeding, assigned);
    }
}
