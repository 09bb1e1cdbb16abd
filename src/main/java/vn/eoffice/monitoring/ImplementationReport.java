package vn.eoffice.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A unit's implementation report for one period (báo cáo định kỳ): done, in progress, difficulties, proposals, files.
 */
@Entity
@Table(name = "monitoring_report")
class ImplementationReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private long version;
    private Long monitoredDocumentId;
    private LocalDate periodStart;
    private Long unitId;
    private Long submittedBy;
    private Instant submittedAt;
    private String done;
    private String inProgress;
    private String difficulties;
    private String proposals;

    @ElementCollection
    @CollectionTable(name = "monitoring_report_file", joinColumns = @JoinColumn(name = "report_id"))
    @OrderColumn(name = "position")
    private List<ReportFile> files = new ArrayList<>();

    protected ImplementationReport() {
    }

    ImplementationReport(Long monitoredDocumentId, LocalDate periodStart, Long unitId) {
        this.monitoredDocumentId = monitoredDocumentId;
        this.periodStart = periodStart;
        this.unitId = unitId;
    }

    /** A (re)submission replaces the text; files are added to those already sent. */
    void submit(ReportForm form, List<ReportFile> attached, Long by, Instant at) {
        this.done = form.done();
        this.inProgress = form.inProgress();
        this.difficulties = form.difficulties();
        this.proposals = form.proposals();
        this.files.addAll(attached);
        this.submittedBy = by;
        this.submittedAt = at;
    }

    UnitReportView view() {
        return new UnitReportView(id, monitoredDocumentId, periodStart, unitId, submittedBy, submittedAt, done,
                inProgress, difficulties, proposals, List.copyOf(files));
    }

    Long getId() { return id; }
    Long getUnitId() { return unitId; }
    LocalDate getPeriodStart() { return periodStart; }
}
