package vn.eoffice.meetings;

import java.time.Instant;

/**
 * One occurrence of a meeting: for a single meeting the meeting itself; for a recurring one, the occurrence that
 * the rule puts at {@code originalStart}, possibly moved to [{@code start}, {@code end}).
 */
public record Occurrence(Long meetingId, String title, MeetingKind kind, Long roomId, boolean online,
        Instant originalStart, Instant start, Instant end, boolean moved) {

    boolean overlaps(Instant from, Instant to) {
        return start.isBefore(to) && end.isAfter(from);
    }
}
