package vn.eoffice.monitoring;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A committee's action programme (chương trình hành động / kế hoạch thực hiện): its title and notation, and items,
 * each with its content, the committee's lead unit (required for a hosted committee) and deadline.
 */
public record ActionProgrammeForm(
        @NotBlank(message = "{monitoring.programme.title.required}") @Size(max = 500) String title,
        @Size(max = 100) String notation,
        @Valid @NotNull(message = "{monitoring.programme.items.required}")
        @Size(min = 1, max = 100, message = "{monitoring.programme.items.required}") List<Item> items) {

    public ActionProgrammeForm {
        // mutable: the web binder sets items[i] on the record it built
        items = items == null ? null : new java.util.ArrayList<>(items);
    }

    /** One item of the programme. */
    public record Item(@NotBlank(message = "{monitoring.programme.item.content.required}") @Size(max = 2000)
            String content, Long leadUnitId,
            @NotNull(message = "{monitoring.form.date.required}") LocalDate deadline) {
    }
}
