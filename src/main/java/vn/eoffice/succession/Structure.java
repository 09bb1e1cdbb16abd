package vn.eoffice.succession;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The structure of a plan (cơ cấu): of the distinct cadres planned, how many are young, female, of an ethnic
 * minority, with their shares (percent, one decimal) against the targets.
 */
public record Structure(int total, int young, int female, int minority, Targets targets) {

    public BigDecimal youngShare() {
        return share(young);
    }

    public BigDecimal femaleShare() {
        return share(female);
    }

    public BigDecimal minorityShare() {
        return share(minority);
    }

    public boolean youngMet() {
        return meets(young, targets.youngPercent());
    }

    public boolean femaleMet() {
        return meets(female, targets.femalePercent());
    }

    public boolean minorityMet() {
        return meets(minority, targets.minorityPercent());
    }

    private boolean meets(int count, int percent) {
        return total > 0 && count * 100L >= (long) percent * total;
    }

    private BigDecimal share(int count) {
        return total == 0 ? BigDecimal.ZERO.setScale(1) : BigDecimal.valueOf(count * 100L)
                .divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP);
    }
}
