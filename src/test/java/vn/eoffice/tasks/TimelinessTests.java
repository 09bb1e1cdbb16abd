package vn.eoffice.tasks;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TimelinessTests {

    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final LocalDate FRIDAY = LocalDate.of(2026, 11, 27);

    @Test
    void completedLateInTheEveningOfTheDeadlineIsOnTimeThoughItIsEarlierInUtc() {
        // 23:30 in Hà Nội is 16:30 UTC the same day
        var timeliness = Timeliness.of(FRIDAY, Instant.parse("2026-11-27T16:30:00Z"), HANOI);

        assertThat(timeliness).isEqualTo(new Timeliness(true, 0));
    }

    @Test
    void completedJustAfterMidnightLocalTimeIsOneDayLateThoughItIsStillTheDeadlineInUtc() {
        // 00:10 on Saturday in Hà Nội is 17:10 UTC on Friday
        var timeliness = Timeliness.of(FRIDAY, Instant.parse("2026-11-27T17:10:00Z"), HANOI);

        assertThat(timeliness).isEqualTo(new Timeliness(false, 1));
    }

    @Test
    void weekendDaysCountWhenAFridayDeadlineIsCompletedOnMonday() {
        var monday = LocalDate.of(2026, 11, 30).atTime(8, 0).atZone(HANOI).toInstant();

        assertThat(Timeliness.of(FRIDAY, monday, HANOI)).isEqualTo(new Timeliness(false, 3));
    }

    @Test
    void completedBeforeTheDeadlineIsOnTimeWithNoLateness() {
        var wednesday = LocalDate.of(2026, 11, 25).atTime(9, 0).atZone(HANOI).toInstant();

        assertThat(Timeliness.of(FRIDAY, wednesday, HANOI)).isEqualTo(new Timeliness(true, 0));
    }
}
