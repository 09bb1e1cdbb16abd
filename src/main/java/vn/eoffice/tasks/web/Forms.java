package vn.eoffice.tasks.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;


/**
 * The small forms of the task detail screen (also the request bodies of the API).
 */
final class Forms {

    private Forms() {
    }

    record Progress(@NotNull(message = "{task.form.percent.required}") @Min(value = 0, message = "{task.form.percent.range}")
            @Max(value = 100, message = "{task.form.percent.range}") Integer percent,
            @Size(max = 4000) String note) {
    }

    record Completion(@NotBlank(message = "{task.form.result.required}") @Size(max = 4000) String result) {
    }

    record Acceptance(@NotNull(message = "{task.form.quality.required}") Boolean meetsQuality,
            @Size(max = 4000) String comment) {
    }

    record Return(@NotBlank(message = "{task.form.reason.required}") @Size(max = 4000) String reason) {
    }

    record ExtensionAsk(@NotNull(message = "{task.form.deadline.required}") LocalDate deadline,
            @NotBlank(message = "{task.form.reason.required}") @Size(max = 2000) String reason) {
    }

    record Decision(@NotNull Boolean approve, @Size(max = 2000) String note) {
    }
}
