package vn.eoffice.evaluation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The leadership's decision: the rating given and a note (required when it differs from the computed rating). */
public record Decision(@NotNull(message = "{evaluation.rating.required}") Rating rating,
        @Size(max = 2000, message = "{evaluation.comment.size}") String note) {
}
