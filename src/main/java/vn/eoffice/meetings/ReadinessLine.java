package vn.eoffice.meetings;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A readiness item as checked (or to check): whether it works and, when it does not, what is wrong. */
public record ReadinessLine(@NotNull(message = "{meeting.readiness.item.required}") ReadinessItem item,
        @NotNull(message = "{meeting.readiness.ok.required}") Boolean ok,
        @Size(max = 500, message = "{meeting.readiness.note.tooLong}") String note) {
}
