package vn.eoffice.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A committee's report as pages and the API show it.
 */
public record CommitteeReportView(Long id, Long monitoredDocumentId, LocalDate periodStart, Long committeeId,
        Long submittedBy, Instant submittedAt, LocalDate submittedOn, boolean recordedByCommission,
        Long incomingDocumentId, String done, String inProgress, String difficulties, String proposals,
        List<ReportSection> sections, List<ReportFile> files) {
}
