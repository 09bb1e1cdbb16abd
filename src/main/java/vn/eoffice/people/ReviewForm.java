package vn.eoffice.people;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/** The reviewer's level per competency (empty: he confirms the person's own level) and a comment. */
public record ReviewForm(
        List<@Min(value = 1, message = "{competency.level.range}") @Max(value = 5,
                message = "{competency.level.range}") Integer> levels,
        @Size(max = 1000, message = "{competency.comment.tooLong}") String comment) {
}
