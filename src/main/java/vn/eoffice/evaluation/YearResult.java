package vn.eoffice.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * A civil servant's result of a year from its periods (Nghị định 335/2025, "kết quả đánh giá năm" from the monthly or
 * quarterly results; docs/adr/0030): the average of the decided points of the periods, rated by the thresholds
 * 90/70/50, and no better than "Hoàn thành" when any period was "Không hoàn thành". {@code expected} is the number
 * of periods of the year (12 months or 4 quarters); the result is final only when all are decided.
 */
public record YearResult(Long userId, String personName, int year, List<Period> periods, BigDecimal average,
        Rating rating, boolean capped, int expected) {

    /** One period of the year as decided (points and rating; null while not decided or not yet published to him). */
    public record Period(Long sheetId, Long periodId, String name, BigDecimal points, Rating rating) {

        boolean decided() {
            return points != null && rating != null;
        }
    }

    /** How many periods are decided. */
    public int decided() {
        return (int) periods.stream().filter(Period::decided).count();
    }

    /** Whether every period of the year is decided. */
    public boolean complete() {
        return expected > 0 && decided() >= expected;
    }

    /** The year's result from its periods; without a decided period, no average and no rating. */
    public static YearResult of(Long userId, String personName, int year, List<Period> periods, int expected) {
        var decided = periods.stream().filter(Period::decided).toList();
        if (decided.isEmpty()) {
            return new YearResult(userId, personName, year, periods, null, null, false, expected);
        }
        var sum = decided.stream().map(Period::points).reduce(BigDecimal.ZERO, BigDecimal::add);
        var average = sum.divide(BigDecimal.valueOf(decided.size()), 2, RoundingMode.HALF_UP);
        var byPoints = Rating.ofPoints(average);
        boolean failedPeriod = decided.stream().anyMatch(p -> !p.rating().completed());
        boolean capped = failedPeriod && (byPoints.excellent() || byPoints.good());
        return new YearResult(userId, personName, year, periods, average, capped ? Rating.COMPLETED : byPoints,
                capped, expected);
    }
}
