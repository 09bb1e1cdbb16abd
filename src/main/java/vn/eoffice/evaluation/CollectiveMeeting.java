package vn.eoffice.evaluation;

import java.time.LocalDate;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The unit's collective meeting (họp tập thể đơn vị) on the proposal: its date, its minutes (a text summary, and the
 * signed minutes as a file the recorder uploaded, optional), how many were present and how many agreed or disagreed
 * with the proposed rating, and the rating the meeting proposes.
 */
public record CollectiveMeeting(
        @NotNull(message = "{evaluation.meeting.date.required}") LocalDate date,
        @NotNull(message = "{evaluation.meeting.minutes.required}") @Size(min = 1, max = 4000,
                message = "{evaluation.meeting.minutes.size}") String minutes,
        @NotNull(message = "{evaluation.votes.required}") @Min(value = 1, message = "{evaluation.votes.present}") Integer present,
        @NotNull(message = "{evaluation.votes.required}") @Min(value = 0, message = "{evaluation.votes.negative}") Integer agree,
        @NotNull(message = "{evaluation.votes.required}") @Min(value = 0, message = "{evaluation.votes.negative}") Integer disagree,
        @NotNull(message = "{evaluation.rating.required}") Rating rating,
        Long minutesFileId) {

    /** A meeting whose minutes are text only. */
    public CollectiveMeeting(LocalDate date, String minutes, Integer present, Integer agree, Integer disagree,
            Rating rating) {
        this(date, minutes, present, agree, disagree, rating, null);
    }

    /** The same meeting with its minutes file. */
    public CollectiveMeeting withMinutesFile(Long fileId) {
        return new CollectiveMeeting(date, minutes, present, agree, disagree, rating, fileId);
    }
}
