package vn.eoffice.meetings;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import net.fortuna.ical4j.model.Recur;

import vn.eoffice.platform.DomainException;

/**
 * Expands meetings into occurrences with ical4j: the recurrence rule in the agency's time zone (so "every Monday
 * 08:00" stays 08:00), minus cancelled occurrences, with moved ones at their new time.
 */
final class Recurrence {

    /** No rule may produce more than this many occurrences in one window (a guard against FREQ=SECONDLY). */
    static final int MAX_OCCURRENCES = 1000;

    private Recurrence() {
    }

    static Recur<ZonedDateTime> parse(String rule) {
        try {
            Recur<ZonedDateTime> recur = new Recur<>(rule);
            if (recur.getFrequency() == null) {
                throw new DomainException("meeting.recurrence.invalid");
            }
            return recur;
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            throw new DomainException("meeting.recurrence.invalid");
        }
    }

    /** The occurrences of {@code meeting} that overlap [from, to), in time order. */
    static List<Occurrence> expand(Meeting meeting, List<OccurrenceChange> changes, Instant from, Instant to,
            ZoneId zone) {
        if (meeting.getStatus() == MeetingStatus.CANCELLED) {
            return List.of();
        }
        var duration = meeting.duration();
        if (!meeting.recurring()) {
            var single = occurrence(meeting, meeting.getStartsAt(), meeting.getStartsAt(), meeting.getEndsAt(), false);
            return single.overlaps(from, to) ? List.of(single) : List.of();
        }
        Map<Instant, OccurrenceChange> byStart = changes.stream()
                .collect(Collectors.toMap(OccurrenceChange::getOriginalStart, Function.identity(), (a, b) -> a));
        var seed = meeting.getStartsAt().atZone(zone);
        // an occurrence moved into the window may come from a rule date outside it: widen by a generous margin
        var windowStart = from.minus(duration).minus(java.time.Duration.ofDays(31)).atZone(zone);
        var windowEnd = to.plus(java.time.Duration.ofDays(31)).atZone(zone);
        if (windowEnd.isBefore(seed)) {
            return List.of();
        }
        List<ZonedDateTime> dates = parse(meeting.getRecurrence()).getDates(seed,
                windowStart.isBefore(seed) ? seed : windowStart, windowEnd, MAX_OCCURRENCES);
        var result = new ArrayList<Occurrence>();
        for (ZonedDateTime date : dates) {
            Instant original = date.toInstant();
            var change = byStart.get(original);
            Occurrence occurrence;
            if (change == null) {
                occurrence = occurrence(meeting, original, original, original.plus(duration), false);
            } else if (change.isCancelled()) {
                continue;
            } else {
                occurrence = occurrence(meeting, original, change.getNewStart(), change.getNewEnd(), true);
            }
            if (occurrence.overlaps(from, to)) {
                result.add(occurrence);
            }
        }
        result.sort(Comparator.comparing(Occurrence::start));
        return result;
    }

    /** Whether the rule puts an occurrence at {@code start}. */
    static boolean hasOccurrenceAt(Meeting meeting, Instant start, ZoneId zone) {
        if (!meeting.recurring()) {
            return meeting.getStartsAt().equals(start);
        }
        var at = start.atZone(zone);
        return parse(meeting.getRecurrence()).getDates(meeting.getStartsAt().atZone(zone), at, at.plusSeconds(1), 2)
                .stream().anyMatch(date -> date.toInstant().equals(start));
    }

    private static Occurrence occurrence(Meeting m, Instant original, Instant start, Instant end, boolean moved) {
        return new Occurrence(m.getId(), m.getTitle(), m.getKind(), m.getRoomId(), m.isOnline(), original, start,
                end, moved);
    }
}
