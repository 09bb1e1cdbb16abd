package vn.eoffice.meetings;

import java.time.Instant;
import java.util.List;

/**
 * A changed meeting and, for a recurring one, the original starts of the exceptions (cancelled or moved
 * occurrences) dropped because they fall on no occurrence of the changed series.
 */
public record Rescheduled(MeetingSummary meeting, List<Instant> droppedExceptions) {

    public Rescheduled {
        droppedExceptions = List.copyOf(droppedExceptions);
    }
}
