package vn.eoffice.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Rounding shared by the scoring: points and shares to two decimals, half up. */
final class Scores {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Scores() {
    }

    static BigDecimal round(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    static BigDecimal percent(int part, int whole) {
        return whole == 0 ? round(HUNDRED) : round(BigDecimal.valueOf(part).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(whole), 6, RoundingMode.HALF_UP));
    }
}
