package vn.eoffice.documents.casefiles;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import vn.eoffice.platform.DomainException;

/**
 * A file (hồ sơ) of the yearly file list: a code unique within the agency and year, a title, a retention period
 * (in years; none means permanent) and an owner (a person and their unit).
 */
@Entity
public class CaseFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long agencyId;
    @Column(name = "file_year")
    private int year;
    private String code;
    private String title;
    private Integer retentionYears;
    private Long ownerUserId;
    private Long ownerUnitId;
    @Enumerated(EnumType.STRING)
    private CaseFileStatus status;
    private Instant openedAt;
    private Instant closedAt;
    private Long closedBy;
    private String note;
    @Version
    private long version;

    protected CaseFile() {
    }

    CaseFile(Long agencyId, int year, String code, String title, Integer retentionYears, Long ownerUserId,
            Long ownerUnitId, String note, Instant now) {
        this.agencyId = agencyId;
        this.year = year;
        this.code = code;
        this.title = title;
        this.retentionYears = retentionYears;
        this.ownerUserId = ownerUserId;
        this.ownerUnitId = ownerUnitId;
        this.note = note;
        this.status = CaseFileStatus.OPEN;
        this.openedAt = now;
    }

    void requireOpen() {
        if (status != CaseFileStatus.OPEN) {
            throw new DomainException("caseFile.closed", code);
        }
    }

    void close(Long userId, Instant now) {
        requireOpen();
        status = CaseFileStatus.CLOSED;
        closedAt = now;
        closedBy = userId;
    }

    void reopen() {
        if (status != CaseFileStatus.CLOSED) {
            throw new DomainException("caseFile.notClosed", code);
        }
        status = CaseFileStatus.OPEN;
        closedAt = null;
        closedBy = null;
    }

    public boolean isOpen() { return status == CaseFileStatus.OPEN; }
    public boolean isPermanent() { return retentionYears == null; }

    public Long getId() { return id; }
    public Long getAgencyId() { return agencyId; }
    public int getYear() { return year; }
    public String getCode() { return code; }
    public String getTitle() { return title; }
    public Integer getRetentionYears() { return retentionYears; }
    public Long getOwnerUserId() { return ownerUserId; }
    public Long getOwnerUnitId() { return ownerUnitId; }
    public CaseFileStatus getStatus() { return status; }
    public Instant getOpenedAt() { return openedAt; }
    public Instant getClosedAt() { return closedAt; }
    public Long getClosedBy() { return closedBy; }
    public String getNote() { return note; }
    public long getVersion() { return version; }
}
