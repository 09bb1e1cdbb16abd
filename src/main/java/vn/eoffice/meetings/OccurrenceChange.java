package vn.eoffice.meetings;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An exception to a recurring meeting's rule: the occurrence that would start at {@code originalStart} is cancelled
 * or moved to [{@code newStart}, {@code newEnd}).
 */
@Entity
@Table(name = "meeting_occurrence_change")
class OccurrenceChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long meetingId;
    private Instant originalStart;
    private Instant newStart;
    private Instant newEnd;
    private boolean cancelled;

    protected OccurrenceChange() {
    }

    OccurrenceChange(Long meetingId, Instant originalStart) {
        this.meetingId = meetingId;
        this.originalStart = originalStart;
    }

    void cancel() {
        cancelled = true;
        newStart = null;
        newEnd = null;
    }

    void move(Instant start, Instant end) {
        cancelled = false;
        newStart = start;
        newEnd = end;
    }

    /** A copy of this exception for the series moved by {@code shift}. */
    OccurrenceChange shiftedBy(java.time.Duration shift) {
        var copy = new OccurrenceChange(meetingId, originalStart.plus(shift));
        if (cancelled) {
            copy.cancel();
        } else {
            copy.move(newStart.plus(shift), newEnd.plus(shift));
        }
        return copy;
    }

    public Long getMeetingId() { return meetingId; }
    public Instant getOriginalStart() { return originalStart; }
    public Instant getNewStart() { return newStart; }
    public Instant getNewEnd() { return newEnd; }
    public boolean isCancelled() { return cancelled; }
}
