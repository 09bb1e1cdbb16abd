package vn.eoffice.meetings;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * Keeps the exceptions of a recurring series with the series when the organiser edits it, as RFC 5545 §3.8.4.4
 * shifts instances: when the series start moves by Δ, every cancelled or moved occurrence moves by Δ too (its
 * RECURRENCE-ID/EXDATE and a moved occurrence's new time); an exception that then falls on no occurrence of the new
 * rule is dropped, and reported so that the organiser sees it.
 */
@Component
class SeriesExceptions {

    private final OccurrenceChanges changes;

    SeriesExceptions(OccurrenceChanges changes) {
        this.changes = changes;
    }

    /** The original starts (before the edit) of the exceptions dropped. */
    List<Instant> follow(Meeting edited, Instant previousStart, ZoneId zone) {
        var current = changes.findByMeetingId(edited.getId());
        if (current.isEmpty()) {
            return List.of();
        }
        var shift = Duration.between(previousStart, edited.getStartsAt());
        var kept = new ArrayList<OccurrenceChange>();
        var dropped = new ArrayList<Instant>();
        for (var change : current) {
            var shifted = change.shiftedBy(shift);
            if (edited.recurring() && Recurrence.hasOccurrenceAt(edited, shifted.getOriginalStart(), zone)) {
                kept.add(shifted);
            } else {
                dropped.add(change.getOriginalStart());
            }
        }
        // replaced rather than updated: shifting row by row could pass through another row's (meeting, start)
        changes.deleteAllInBatch(current);
        changes.saveAllAndFlush(kept);
        dropped.sort(null);
        return dropped;
    }
}
