package vn.eoffice.meetings;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.eoffice.identity.CurrentUser;
import vn.eoffice.identity.UserManagement;
import vn.eoffice.organization.OrganizationDirectory;
import vn.eoffice.platform.DomainException;

/**
 * Finds, before a meeting is saved, who and what it would double-book: its chair, secretary and invited people, its
 * invited units and its room, against the agency's other scheduled meetings (each occurrence of a series) within
 * {@link #HORIZON} of the plan's start (of today for a series under way). Someone who declined the other meeting
 * is not held by it.
 */
@Service
@Transactional(readOnly = true)
public class ScheduleConflicts {

    /** How far ahead a recurring plan's occurrences are compared: the next few weeks, where clashes are fixed. */
    static final java.time.Duration HORIZON = java.time.Duration.ofDays(56);
    /** At most this many conflicts are listed: enough to decide, never a page of warnings. */
    static final int LIMIT = 20;

    private final Meetings meetings;
    private final Participants participants;
    private final OccurrenceChanges changes;
    private final MeetingRooms rooms;
    private final MeetingAccess access;
    private final UserManagement users;
    private final OrganizationDirectory organization;
    private final RoomBooking booking;
    private final Clock clock;

    ScheduleConflicts(Meetings meetings, Participants participants, OccurrenceChanges changes, MeetingRooms rooms,
            MeetingAccess access, UserManagement users, OrganizationDirectory organization, RoomBooking booking,
            Clock clock) {
        this.meetings = meetings;
        this.participants = participants;
        this.changes = changes;
        this.rooms = rooms;
        this.access = access;
        this.users = users;
        this.organization = organization;
        this.booking = booking;
        this.clock = clock;
    }

    /** The plan's conflicts, earliest first; {@code own} is the meeting being changed (never its own conflict). */
    public List<ScheduleConflict> of(CurrentUser by, MeetingPlan plan, Long own) {
        if (plan.startsAt() == null || plan.endsAt() == null || !plan.startsAt().isBefore(plan.endsAt())) {
            return List.of();
        }
        List<Occurrence> slots = slots(by, plan);
        if (slots.isEmpty()) {
            return List.of();
        }
        Instant from = slots.get(0).start();
        Instant to = slots.get(slots.size() - 1).end();
        var found = new ArrayList<ScheduleConflict>();
        for (Meeting other : meetings.ofAgencyBetween(by.agencyId(), from, to)) {
            if (other.getId().equals(own) || other.getStatus() != MeetingStatus.SCHEDULED) {
                continue;
            }
            var taken = Recurrence.expand(other, changes.findByMeetingId(other.getId()), from, to, booking.zone());
            var clashes = taken.stream().filter(t -> slots.stream().anyMatch(s -> overlap(s.start(), s.end(),
                    t.start(), t.end()))).toList();
            if (!clashes.isEmpty()) {
                found.addAll(shared(by, plan, other, clashes.get(0)));
            }
        }
        found.sort(Comparator.comparing(ScheduleConflict::start).thenComparing(ScheduleConflict::party));
        return found.size() > LIMIT ? found.subList(0, LIMIT) : found;
    }

    /** Two half-open intervals [start, end) overlap: one ending as the other starts is no conflict. */
    static boolean overlap(Instant aStart, Instant aEnd, Instant bStart, Instant bEnd) {
        return aStart.isBefore(bEnd) && bStart.isBefore(aEnd);
    }

    /**
     * The plan's occurrences from now (a series changed long after it started is checked where it goes on); only
     * its time and rule matter, so a form not filled in yet is checked too.
     */
    private List<Occurrence> slots(CurrentUser by, MeetingPlan plan) {
        var timing = new MeetingPlan("-", plan.kind(), plan.chairId(), null, plan.startsAt(), plan.endsAt(), null,
                true, null, null, plan.recurrence(), null, null, null, null);
        try {
            var planned = new Meeting(by.agencyId(), timing, null, by.id(), plan.startsAt());
            Instant from = !planned.recurring() ? plan.startsAt()
                    : java.util.Collections.max(List.of(plan.startsAt(), Instant.now(clock)));
            return Recurrence.expand(planned, List.of(), from, from.plus(HORIZON), booking.zone());
        } catch (DomainException | IllegalArgumentException e) {
            return List.of(); // an unreadable rule is refused when saving, with its own message
        }
    }

    private List<ScheduleConflict> shared(CurrentUser by, MeetingPlan plan, Meeting other, Occurrence when) {
        String title = access.sees(by, other) ? other.getTitle() : null;
        var result = new ArrayList<ScheduleConflict>();
        var held = participants.findByMeetingIdOrderById(other.getId()).stream()
                .filter(p -> p.getAnswer() != Answer.DECLINE).toList();
        Set<Long> people = new LinkedHashSet<>();
        Stream.of(other.getChairId(), other.getSecretaryId()).filter(Objects::nonNull).forEach(people::add);
        held.forEach(p -> Stream.of(p.getUserId(), p.getDeputyId()).filter(Objects::nonNull).forEach(people::add));
        if (people.contains(plan.chairId())) {
            result.add(conflict(ScheduleConflict.Party.CHAIR, users.summary(plan.chairId()).fullName(), title,
                    other, when));
        }
        Set<Long> wanted = new LinkedHashSet<>(plan.userIds());
        if (plan.secretaryId() != null) {
            wanted.add(plan.secretaryId());
        }
        wanted.remove(plan.chairId());
        wanted.stream().filter(people::contains).forEach(id -> result.add(conflict(ScheduleConflict.Party.PERSON,
                users.summary(id).fullName(), title, other, when)));
        held.stream().map(Participant::getUnitId).filter(Objects::nonNull).filter(plan.unitIds()::contains)
                .distinct().forEach(unit -> result.add(conflict(ScheduleConflict.Party.UNIT,
                        organization.unit(unit).name(), title, other, when)));
        if (plan.roomId() != null && plan.roomId().equals(other.getRoomId())) {
            rooms.findById(plan.roomId()).ifPresent(room -> result.add(conflict(ScheduleConflict.Party.ROOM,
                    room.getName(), title, other, when)));
        }
        return result;
    }

    private static ScheduleConflict conflict(ScheduleConflict.Party party, String name, String title, Meeting other,
            Occurrence when) {
        return new ScheduleConflict(party, name, title, other.getId(), when.start(), when.end());
    }
}
