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
 * A Party committee's report for one period of a monitored document: written by a hosted committee itself, or
 * recorded by the commission from an incoming document or a paper for an external one.
 */
@Entity
@Table(name = "monitoring_committee_report")
class CommitteeReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private long version;
    private Long monitoredDocumentId;
    private LocalDate periodStart;
    private Long committeeId;
    private Long submittedBy;
    private Instant submittedAt;
    private LocalDate submittedOn;
    private boolean recordedByCommission;
    private Long incomingDocumentId;
    private String done;
    private String inProgress;
    private String difficulties;
    private String proposals;

    @ElementCollection
    @CollectionTable(name = "monitoring_committee_report_file", joinColumns = @JoinColumn(name = "report_id"))
    @OrderColumn(name = "position")
    private List<ReportFile> files = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "monitoring_committee_report_section", joinColumns = @JoinColumn(name = "report_id"))
    @OrderColumn(name = "position")
    private List<ReportSection> sections = new ArrayList<>();

    protected CommitteeReport() {
    }

    CommitteeReport(Long monitoredDocumentId, LocalDate periodStart, Long committeeId) {
        this.monitoredDocumentId = monitoredDocumentId;
        this.periodStart = periodStart;
        this.committeeId = committeeId;
    }

    /** A resubmission replaces the text and keeps the first day it came in (on time stays on time). */
    void submit(CommitteeReportForm form, List<String> headings, List<ReportFile> attached, boolean byCommission,
            Long by, Instant at, LocalDate on) {
        this.done = form.done();
        this.inProgress = form.inProgress();
        this.difficulties = form.difficulties();
        this.proposals = form.proposals();
        this.incomingDocumentId = form.incomingDocumentId() != null ? form.incomingDocumentId() : incomingDocumentId;
        this.sections.clear();
        for (int i = 0; i < headings.size(); i++) {
            sections.add(new ReportSection(headings.get(i), i < form.sections().size() ? form.sections().get(i) : ""));
        }
        this.files.addAll(attached);
        this.recordedByCommission = byCommission;
        this.submittedBy = by;
        this.submittedAt = at;
        if (submittedOn == null) {
            this.submittedOn = on;
        }
    }

    CommitteeReportView view() {
        return new CommitteeReportView(id, monitoredDocumentId, periodStart, committeeId, submittedBy, submittedAt,
                submittedOn, recordedByCommission, incomingDocumentId, done, inProgress, difficulties, proposals,
                List.copyOf(sections), List.copyOf(files));
    }

    Long getId() { return id; }
    Long getCommitteeId() { return committeeId; }
    LocalDate getPeriodStart() { return periodStart; }
    LocalDate getSubmittedOn() { return submittedOn; }
    Long getMonitoredDocumentId() { return monitoredDocumentId; }
    List<ReportFile> getFiles() { return List.copyOf(files); }
}
