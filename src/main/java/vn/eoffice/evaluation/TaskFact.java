package vn.eoffice.evaluation;

import java.math.BigDecimal;

/**
 * One task as scored: its weight, whether it is done (accepted), its quality failures and delays as counted
 * (docs/adr/0030), whether it was completed late, and whether it exceeded (done before its deadline with quality).
 */
public record TaskFact(Long taskId, BigDecimal weight, boolean done, int qualityFailures, int delays, boolean late,
        boolean exceeding) {

    /** A task of weight 1 done on time with quality, without exceeding. */
    public static TaskFact clean(Long taskId) {
        return new TaskFact(taskId, BigDecimal.ONE, true, 0, 0, false, false);
    }
}
