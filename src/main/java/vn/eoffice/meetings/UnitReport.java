package vn.eoffice.meetings;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.eoffice.platform.DomainException;

/**
 * A participating unit's report before a briefing: results of the period, next period's plan, proposals.
 */
@Entity
@Table(name = "meeting_unit_report")
class UnitReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long meetingId;
    private Long unitId;
    private String results;
    private String plan;
    private String proposals;
    private Long submittedBy;
    private Instant submittedAt;

    protected UnitReport() {
    }

    UnitReport(Long meetingId, Long unitId) {
        this.meetingId = meetingId;
        this.unitId = unitId;
    }

    void submit(String results, String plan, String proposals, Long by, Instant now) {
        if (results == null || results.isBlank()) {
            throw new DomainException("meeting.report.results.required");
        }
        this.results = results.trim();
        this.plan = plan;
        this.proposals = proposals;
        this.submittedBy = by;
        this.submittedAt = now;
    }

    public Long getId() { return id; }
    public Long getMeetingId() { return meetingId; }
    public Long getUnitId() { return unitId; }
    public String getResults() { return results; }
    public String getPlan() { return plan; }
    public String getProposals() { return proposals; }
    public Long getSubmittedBy() { return submittedBy; }
    public Instant getSubmittedAt() { return submittedAt; }
}
