package vn.eoffice.monitoring;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The periodic implementation report form of a unit (also the API body).
 */
public record ReportForm(@NotBlank(message = "{monitoring.report.done.required}") @Size(max = 10000) String done,
        @Size(max = 10000) String inProgress, @Size(max = 10000) String difficulties,
        @Size(max = 10000) String proposals) {
}
