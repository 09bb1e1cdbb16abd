package vn.eoffice.monitoring;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;


/**
 * Registering a monitored document (form and API body). {@code documentId} optionally links the registered incoming
 * document; {@code reportDueDays} defaults to 5 days after a period's end.
 */
public record MonitoredDocumentForm(
        @NotNull(message = "{monitoring.form.kind.required}") DocumentKind kind,
        @NotBlank(message = "{monitoring.form.title.required}") @Size(max = 500) String title,
        @Size(max = 100) String notation, LocalDate issuedOn,
        @Size(max = 300) String issuer,
        Long documentId,
        @NotNull(message = "{monitoring.form.unit.required}") Long responsibleUnitId,
        @NotNull(message = "{monitoring.form.frequency.required}") ReportingFrequency frequency,
        @NotNull(message = "{monitoring.form.date.required}")
        LocalDate reportingFrom,
        @NotNull(message = "{monitoring.form.date.required}")
        LocalDate reportingUntil,
        @Min(value = 0, message = "{monitoring.form.dueDays.range}") @Max(value = 60,
                message = "{monitoring.form.dueDays.range}") Integer reportDueDays) {
}
