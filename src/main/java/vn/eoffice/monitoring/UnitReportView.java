package vn.eoffice.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A submitted unit report.
 */
public record UnitReportView(Long id, Long monitoredDocumentId, LocalDate periodStart, Long unitId, Long submittedBy,
        Instant submittedAt, String done, String inProgress, String difficulties, String proposals,
        List<ReportFile> files) {
}
