package vn.eoffice.succession;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A cadre proposed for a post by a unit; at a yearly review of an approved plan the reason (lý do bổ sung) is
 * required.
 */
public record CandidateForm(
        @NotNull(message = "{succession.form.post.required}") Long postId,
        @NotNull(message = "{succession.form.cadre.required}") Long cadreId,
        Long proposedBy,
        @Size(max = 500, message = "{succession.form.tooLong}") String reason) {
}
