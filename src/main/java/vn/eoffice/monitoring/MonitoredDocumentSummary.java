package vn.eoffice.monitoring;

import java.time.LocalDate;

/**
 * A monitored Party document as other modules and pages see it.
 */
public record MonitoredDocumentSummary(Long id, Long agencyId, Long responsibleUnitId, DocumentKind kind,
        String title, String notation, LocalDate issuedOn, String issuer, Long documentId,
        ReportingFrequency frequency, LocalDate reportingFrom, LocalDate reportingUntil, int reportDueDays) {
}
