package vn.eoffice.meetings;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.eoffice.platform.Dates;
import vn.eoffice.platform.DomainException;
import vn.eoffice.platform.NotFoundException;

/**
 * Checks that a room is free, big enough and in use. It locks the room's row first (SELECT … FOR UPDATE), so of two
 * concurrent bookings of overlapping slots the second waits for the first to commit and then sees it: exactly one
 * wins on H2 and on PostgreSQL.
 */
@Component
class RoomBooking {

    /** How far ahead a recurring meeting's occurrences are checked against the room's other bookings. */
    static final java.time.Duration HORIZON = java.time.Duration.ofDays(366);

    private final MeetingRooms rooms;
    private final Meetings meetings;
    private final OccurrenceChanges changes;
    private final Dates dates;

    RoomBooking(MeetingRooms rooms, Meetings meetings, OccurrenceChanges changes, Dates dates) {
        this.rooms = rooms;
        this.meetings = meetings;
        this.changes = changes;
        this.dates = dates;
    }

    /** Refuses the booking of {@code slots} in the room for {@code headcount} people, ignoring {@code own}. */
    @Transactional(propagation = Propagation.MANDATORY)
    MeetingRoom reserve(Long agencyId, Long roomId, List<Occurrence> slots, int headcount, Long own) {
        MeetingRoom room;
        try {
            room = rooms.lockById(roomId).filter(r -> r.getAgencyId().equals(agencyId))
                    .orElseThrow(() -> new NotFoundException("room " + roomId));
        } catch (org.springframework.dao.PessimisticLockingFailureException e) {
            // another booking of this room held the lock longer than the database waits (H2): ask to try again
            throw new DomainException("meeting.room.busy");
        }
        if (!room.isActive()) {
            throw new DomainException("meeting.room.inactive", room.getName());
        }
        if (headcount > room.getCapacity()) {
            throw new DomainException("meeting.room.tooSmall", room.getName(), room.getCapacity(), headcount);
        }
        if (slots.isEmpty()) {
            return room;
        }
        Instant from = slots.stream().map(Occurrence::start).min(Instant::compareTo).orElseThrow();
        Instant to = slots.stream().map(Occurrence::end).max(Instant::compareTo).orElseThrow();
        for (Meeting other : meetings.bookingsOf(roomId, from, to)) {
            if (other.getId().equals(own)) {
                continue;
            }
            for (Occurrence taken : Recurrence.expand(other, changes.findByMeetingId(other.getId()), from, to,
                    zone())) {
                for (Occurrence wanted : slots) {
                    if (wanted.overlaps(taken.start(), taken.end())) {
                        throw new DomainException("meeting.room.conflict", room.getName(),
                                dates.dateTime(taken.start()), dates.dateTime(taken.end()), taken.title());
                    }
                }
            }
        }
        return room;
    }

    /** The slots a meeting occupies: itself, or its occurrences within the horizon. */
    List<Occurrence> slots(Meeting meeting, List<OccurrenceChange> exceptions) {
        if (!meeting.recurring()) {
            return Recurrence.expand(meeting, List.of(), meeting.getStartsAt(), meeting.getEndsAt(), zone());
        }
        return new ArrayList<>(Recurrence.expand(meeting, exceptions, meeting.getStartsAt(),
                meeting.getStartsAt().plus(HORIZON), zone()));
    }

    ZoneId zone() {
        return dates.zone();
    }
}
