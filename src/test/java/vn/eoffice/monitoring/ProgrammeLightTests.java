package vn.eoffice.monitoring;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committees' light rule: green on time, amber late or due within the window, red overdue, grey not yet due.
 */
class ProgrammeLightTests {

    static final LocalDate DUE = LocalDate.of(2026, 4, 5);

    @Test
    void reportedOnOrBeforeTheDueDayIsGreen() {
        assertThat(ProgrammeLight.of(DUE, DUE, DUE.plusDays(30), 7)).isEqualTo(ProgrammeLight.GREEN);
        assertThat(ProgrammeLight.of(DUE, DUE.minusDays(20), DUE.minusDays(20), 7)).isEqualTo(ProgrammeLight.GREEN);
    }

    @Test
    void reportedAfterTheDueDayIsAmberForever() {
        assertThat(ProgrammeLight.of(DUE, DUE.plusDays(1), DUE.plusDays(1), 7)).isEqualTo(ProgrammeLight.AMBER);
        assertThat(ProgrammeLight.of(DUE, DUE.plusDays(1), DUE.plusYears(1), 7)).isEqualTo(ProgrammeLight.AMBER);
    }

    @Test
    void notReportedIsGreyThenAmberWithinTheWindowThenRedTheDayAfterTheDueDay() {
        assertThat(ProgrammeLight.of(DUE, null, DUE.minusDays(8), 7)).isEqualTo(ProgrammeLight.GREY);
        assertThat(ProgrammeLight.of(DUE, null, DUE.minusDays(7), 7)).isEqualTo(ProgrammeLight.AMBER);
        assertThat(ProgrammeLight.of(DUE, null, DUE, 7)).isEqualTo(ProgrammeLight.AMBER);
        assertThat(ProgrammeLight.of(DUE, null, DUE.plusDays(1), 7)).isEqualTo(ProgrammeLight.RED);
    }

    @Test
    void aZeroDayWindowTurnsAmberOnlyOnTheDueDay() {
        assertThat(ProgrammeLight.of(DUE, null, DUE.minusDays(1), 0)).isEqualTo(ProgrammeLight.GREY);
        assertThat(ProgrammeLight.of(DUE, null, DUE, 0)).isEqualTo(ProgrammeLight.AMBER);
    }

    @Test
    void everyLightHasItsBadgeAndLabel() {
        for (var light : ProgrammeLight.values()) {
            assertThat(light.badge()).startsWith("text-bg-");
            assertThat(light.messageKey()).isEqualTo("monitoring.light." + light.name());
        }
    }
}
