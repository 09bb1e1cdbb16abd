package vn.eoffice.people;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A course a person took; {@code certificateFileId} is a file the office uploaded (files module), or none. */
public record CourseForm(
        @NotNull(message = "{training.kind.required}") CourseKind kind,
        @NotBlank(message = "{training.name.required}") @Size(max = 300, message = "{training.tooLong}") String name,
        @NotBlank(message = "{training.institution.required}") @Size(max = 300,
                message = "{training.tooLong}") String institution,
        @NotNull(message = "{training.from.required}") LocalDate from,
        @NotNull(message = "{training.to.required}") LocalDate to,
        @Size(max = 200, message = "{training.tooLong}") String result,
        Long certificateFileId) {
}
