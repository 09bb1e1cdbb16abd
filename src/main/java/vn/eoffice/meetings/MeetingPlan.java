package vn.eoffice.meetings;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A command to schedule or change a meeting. {@code recurrence} is an iCalendar RRULE value such as
 * {@code FREQ=WEEKLY;BYDAY=MO} or null; {@code guestEmails} are external guests; {@code agenda} is in order.
 */
public record MeetingPlan(String title, MeetingKind kind, Long chairId, Long secretaryId, Instant startsAt,
        Instant endsAt, Long roomId, boolean online, String location, String description, String recurrence,
        Set<Long> userIds, Set<Long> unitIds, List<String> guestEmails, List<AgendaLine> agenda) {

    public MeetingPlan {
        userIds = userIds == null ? Set.of() : Set.copyOf(userIds);
        unitIds = unitIds == null ? Set.of() : Set.copyOf(unitIds);
        guestEmails = guestEmails == null ? List.of() : List.copyOf(guestEmails);
        agenda = agenda == null ? List.of() : List.copyOf(agenda);
    }

    /** One agenda item: title, presenter (a user id or null) and minutes planned. */
    public record AgendaLine(String title, Long presenterId, Integer durationMinutes) {
    }
}
