package vn.eoffice.tasks;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TrafficLightTests {

    @Test
    void noTaskHasNoLight() {
        assertThat(TaskTally.empty(1L).light()).isEqualTo(TrafficLight.NONE);
    }

    @Test
    void greenWhenNothingIsOverdueAndFinishedWorkIsMostlyOnTime() {
        assertThat(new TaskTally(1L, 10, 8, 2, 0, 0).light()).isEqualTo(TrafficLight.GREEN);
        assertThat(new TaskTally(1L, 3, 0, 0, 0, 3).light()).isEqualTo(TrafficLight.GREEN);
    }

    @Test
    void amberWhenSomethingIsOverdueOrTheOnTimeShareSlips() {
        assertThat(new TaskTally(1L, 10, 9, 0, 1, 0).light()).isEqualTo(TrafficLight.AMBER);
        assertThat(new TaskTally(1L, 10, 7, 3, 0, 0).light()).isEqualTo(TrafficLight.AMBER);
        assertThat(new TaskTally(1L, 2, 1, 1, 0, 0).light()).isEqualTo(TrafficLight.AMBER);
    }

    @Test
    void redWhenAFifthIsOverdueOrLessThanHalfWasOnTime() {
        assertThat(new TaskTally(1L, 5, 4, 0, 1, 0).light()).isEqualTo(TrafficLight.RED);
        assertThat(new TaskTally(1L, 10, 4, 5, 0, 1).light()).isEqualTo(TrafficLight.RED);
    }

    @Test
    void onTimeShareIsRoundedAndAbsentWhenNothingIsFinished() {
        assertThat(new TaskTally(1L, 3, 2, 1, 0, 0).onTimePercent()).isEqualTo(67);
        assertThat(new TaskTally(1L, 3, 0, 0, 0, 3).onTimePercent()).isNull();
    }
}
