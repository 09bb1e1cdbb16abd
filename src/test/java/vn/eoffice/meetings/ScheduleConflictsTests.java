package vn.eoffice.meetings;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ScheduleConflictsTests {

    static final Instant EIGHT = Instant.parse("2026-12-14T01:00:00Z");

    static Instant at(int minutesAfterEight) {
        return EIGHT.plusSeconds(60L * minutesAfterEight);
    }

    @Test
    void meetingsSharingAnyMinuteOverlap() {
        assertThat(ScheduleConflicts.overlap(at(0), at(120), at(60), at(180))).isTrue();
        assertThat(ScheduleConflicts.overlap(at(60), at(180), at(0), at(120))).isTrue();
    }

    @Test
    void aMeetingInsideAnotherOverlapsIt() {
        assertThat(ScheduleConflicts.overlap(at(0), at(240), at(30), at(60))).isTrue();
        assertThat(ScheduleConflicts.overlap(at(30), at(60), at(0), at(240))).isTrue();
        assertThat(ScheduleConflicts.overlap(at(0), at(60), at(0), at(60))).isTrue();
    }

    @Test
    void oneEndingAsTheNextStartsDoesNotOverlap() {
        assertThat(ScheduleConflicts.overlap(at(0), at(120), at(120), at(180))).isFalse();
        assertThat(ScheduleConflicts.overlap(at(120), at(180), at(0), at(120))).isFalse();
    }

    @Test
    void separateMeetingsDoNotOverlap() {
        assertThat(ScheduleConflicts.overlap(at(0), at(60), at(90), at(120))).isFalse();
    }

    @Test
    void confirmationIsAskedForPeopleAndUnitsNeverForARoom() {
        assertThat(new ScheduleConflict(ScheduleConflict.Party.CHAIR, "A", null, 1L, at(0), at(60)).confirmable())
                .isTrue();
        assertThat(new ScheduleConflict(ScheduleConflict.Party.UNIT, "B", null, 1L, at(0), at(60)).confirmable())
                .isTrue();
        assertThat(new ScheduleConflict(ScheduleConflict.Party.ROOM, "C", null, 1L, at(0), at(60)).confirmable())
                .isFalse();
    }
}
