package vn.eoffice.people;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An item the personnel office adds to a draft plan by hand. */
public record PlanItemForm(
        @NotNull(message = "{training.cadre.required}") Long cadreId,
        @NotNull(message = "{training.kind.required}") CourseKind kind,
        @NotBlank(message = "{training.topic.required}") @Size(max = 300, message = "{training.tooLong}") String topic,
        @NotNull(message = "{training.deadline.required}") LocalDate deadline) {
}
