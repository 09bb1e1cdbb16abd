package vn.eoffice.evaluation;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The year's result from its quarters (Nghị định 335/2025, kết quả đánh giá năm; docs/adr/0030): the average of the
 * decided points, rated 90/70/50, at best "Hoàn thành" when a quarter was "Không hoàn thành".
 */
class YearResultTests {

    static YearResult.Period quarter(int n, String points, Rating rating) {
        return new YearResult.Period((long) n, (long) n, "Quý " + n, points == null ? null : new BigDecimal(points),
                rating);
    }

    @Test
    void fourQuartersAverageTheirPoints() {
        // (95 + 92 + 88 + 85) / 4 = 90.00: Hoàn thành xuất sắc
        var year = YearResult.of(1L, "A", 2026, List.of(quarter(1, "95", Rating.EXCELLENT), quarter(2, "92",
                Rating.EXCELLENT), quarter(3, "88", Rating.GOOD), quarter(4, "85", Rating.GOOD)), 4);
        assertThat(year.average()).isEqualByComparingTo("90.00");
        assertThat(year.rating()).isEqualTo(Rating.EXCELLENT);
        assertThat(year.complete()).isTrue();
        assertThat(year.capped()).isFalse();
    }

    @Test
    void justBelowNinetyIsGood() {
        var year = YearResult.of(1L, "A", 2026, List.of(quarter(1, "95", Rating.EXCELLENT), quarter(2, "92",
                Rating.EXCELLENT), quarter(3, "88", Rating.GOOD), quarter(4, "84.9", Rating.GOOD)), 4);
        // 359.9 / 4 = 89.975 → 89.98: Hoàn thành tốt
        assertThat(year.average()).isEqualByComparingTo("89.98");
        assertThat(year.rating()).isEqualTo(Rating.GOOD);
    }

    @Test
    void aQuarterNotCompletedCapsTheYearAtCompleted() {
        // (95 + 95 + 95 + 45) / 4 = 82.50 would be "tốt", but Q4 was "Không hoàn thành": Hoàn thành
        var year = YearResult.of(1L, "A", 2026, List.of(quarter(1, "95", Rating.EXCELLENT), quarter(2, "95",
                Rating.EXCELLENT), quarter(3, "95", Rating.EXCELLENT), quarter(4, "45", Rating.NOT_COMPLETED)), 4);
        assertThat(year.average()).isEqualByComparingTo("82.50");
        assertThat(year.rating()).isEqualTo(Rating.COMPLETED);
        assertThat(year.capped()).isTrue();
    }

    @Test
    void undecidedQuartersAreLeftOutAndTheYearIsNotFinal() {
        var year = YearResult.of(1L, "A", 2026, List.of(quarter(1, "80", Rating.GOOD), quarter(2, "60",
                Rating.COMPLETED), quarter(3, null, null)), 4);
        assertThat(year.average()).isEqualByComparingTo("70.00");
        assertThat(year.rating()).isEqualTo(Rating.GOOD);
        assertThat(year.decided()).isEqualTo(2);
        assertThat(year.complete()).isFalse();
        assertThat(YearResult.of(1L, "A", 2026, List.of(quarter(1, null, null)), 4).rating()).isNull();
    }
}
