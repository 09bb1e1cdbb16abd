package vn.eoffice.evaluation;

import java.math.BigDecimal;

/**
 * What the system computes for a sheet: the task figures, the general points in force (the head's once proposed,
 * else the person's own), the task points (a leader's with the unit's result and organising ability), the total,
 * the rating of the period's rulebook (with 366's reasons) and whether a disqualifier forced it.
 */
public record Figures(TaskResult tasks, BigDecimal general, BigDecimal taskPoints, BigDecimal total,
        Rating rating, Regulation366.Verdict party, boolean disqualified, Boolean unitAllCompleted) {
}
