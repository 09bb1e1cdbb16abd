package vn.eoffice.study;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A committee's session: the conference it followed, its own class, or a make-up class for the absent. */
public record StudySessionForm(
        @NotNull(message = "{study.session.kind.required}") SessionKind kind,
        @NotNull(message = "{study.session.heldOn.required}") LocalDate heldOn,
        @Size(max = 300, message = "{study.session.place.tooLong}") String place) {
}
