package vn.eoffice.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;

import vn.eoffice.platform.DomainException;

/**
 * A Party document whose implementation is monitored, with its reporting duty (how often, from when to when, how
 * many days after a period's end the reports are due). It may point to the registered incoming document by id.
 */
@Entity
class MonitoredDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private long version;
    private Long agencyId;
    private Long responsibleUnitId;
    @Enumerated(EnumType.STRING)
    private DocumentKind kind;
    private String title;
    private String notation;
    private LocalDate issuedOn;
    private String issuer;
    private Long documentId;
    @Enumerated(EnumType.STRING)
    private ReportingFrequency frequency;
    private LocalDate reportingFrom;
    private LocalDate reportingUntil;
    private int reportDueDays;
    private Long createdBy;
    private Instant createdAt;
    /** The resolution this document carries out (an action programme's resolution), if any. */
    private Long resolutionId;
    /** The Party committee whose action programme this is, if it is one. */
    private Long committeeId;
    private Long templateFileId;
    private String templateFileName;
    private String outline;

    @ElementCollection
    @CollectionTable(name = "monitoring_committee", joinColumns = @JoinColumn(name = "monitored_document_id"))
    @Column(name = "committee_id")
    private Set<Long> committeeIds = new LinkedHashSet<>();

    protected MonitoredDocument() {
    }

    MonitoredDocument(Long agencyId, MonitoredDocumentForm form, Long createdBy, Instant now) {
        if (form.reportingUntil().isBefore(form.reportingFrom())) {
            throw new DomainException("monitoring.reporting.untilBeforeFrom");
        }
        this.agencyId = agencyId;
        this.responsibleUnitId = form.responsibleUnitId();
        this.kind = form.kind();
        this.title = form.title().trim();
        this.notation = blankToNull(form.notation());
        this.issuedOn = form.issuedOn();
        this.issuer = blankToNull(form.issuer());
        this.documentId = form.documentId();
        this.frequency = form.frequency();
        this.reportingFrom = form.reportingFrom();
        this.reportingUntil = form.reportingUntil();
        this.reportDueDays = form.reportDueDays() == null ? 5 : form.reportDueDays();
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    MonitoredDocumentSummary summary() {
        return new MonitoredDocumentSummary(id, agencyId, responsibleUnitId, kind, title, notation, issuedOn, issuer,
                documentId, frequency, reportingFrom, reportingUntil, reportDueDays);
    }

    /** The committees under the province that report on this document (replaces the previous choice). */
    void reportingCommittees(Set<Long> committees) {
        committeeIds.clear();
        committeeIds.addAll(committees);
    }

    void addReportingCommittees(Set<Long> committees) {
        committeeIds.addAll(committees);
    }

    /** An action programme of {@code committee} carrying out {@code resolution}. */
    MonitoredDocument carriesOut(Long resolution, Long committee) {
        this.resolutionId = resolution;
        this.committeeId = committee;
        return this;
    }

    /** The report template (đề cương): a file and/or numbered headings, one a line. */
    void template(Long fileId, String fileName, String outlineText) {
        if (fileId != null) {
            this.templateFileId = fileId;
            this.templateFileName = fileName;
        }
        this.outline = blankToNull(outlineText);
    }

    /** The outline's headings, in order; empty without an outline. */
    List<String> headings() {
        return outline == null ? List.of()
                : Arrays.stream(outline.split("\\R")).map(String::trim).filter(h -> !h.isEmpty()).toList();
    }

    Set<Long> getCommitteeIds() { return Set.copyOf(committeeIds); }
    Long getResolutionId() { return resolutionId; }
    Long getTemplateFileId() { return templateFileId; }
    String getTemplateFileName() { return templateFileName; }
    String getOutline() { return outline; }
    Long getId() { return id; }
    Long getAgencyId() { return agencyId; }
    Long getResponsibleUnitId() { return responsibleUnitId; }
    ReportingFrequency getFrequency() { return frequency; }
    LocalDate getReportingFrom() { return reportingFrom; }
    LocalDate getReportingUntil() { return reportingUntil; }
    int getReportDueDays() { return reportDueDays; }
    String getTitle() { return title; }
    DocumentKind getKind() { return kind; }
    String getNotation() { return notation; }
    String getIssuer() { return issuer; }
    LocalDate getIssuedOn() { return issuedOn; }
}
