package vn.eoffice.meetings;

import java.time.Instant;

/**
 * Someone or something a planned meeting needs that another meeting already holds at an overlapping time: the
 * chair, a person invited (or the secretary), an invited unit (its representatives) or the room. {@code otherTitle}
 * is null when the organiser may not see the other meeting (it is then only "another meeting").
 */
public record ScheduleConflict(Party party, String name, String otherTitle, Long otherMeetingId, Instant start,
        Instant end) {

    /** Who or what is double-booked. */
    public enum Party {
        CHAIR, PERSON, UNIT, ROOM
    }

    /** People and units may be double-booked on purpose (the organiser confirms); a room never. */
    public boolean confirmable() {
        return party != Party.ROOM;
    }
}
