package vn.eoffice.succession;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A post to plan for: a unit's leadership job position ({@code positionId}), or, without one, a post of the
 * commission's own leadership named here (Trưởng ban, Phó Trưởng ban).
 */
public record PostForm(Long positionId,
        @Size(max = 200, message = "{succession.form.tooLong}") String name,
        @NotNull(message = "{succession.form.level.required}") LeadershipLevel level) {
}
