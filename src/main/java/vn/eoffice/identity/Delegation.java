package vn.eoffice.identity;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import vn.eoffice.platform.DomainException;

/**
 * Absence delegation (ủy quyền khi vắng mặt): between two dates, both included, the deputy may act for the
 * delegator; what the deputy does is recorded as done on the delegator's behalf.
 */
@Entity
class Delegation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long delegatorId;
    private Long deputyId;
    private LocalDate validFrom;
    private LocalDate validTo;
    private String reason;
    private Instant createdAt;
    private Instant revokedAt;
    @Version
    private long version;

    protected Delegation() {
    }

    Delegation(Long delegatorId, Long deputyId, LocalDate validFrom, LocalDate validTo, String reason, Instant now) {
        if (delegatorId.equals(deputyId)) {
            throw new DomainException("delegation.self");
        }
        if (validFrom == null || validTo == null) {
            throw new DomainException("delegation.dates.required");
        }
        if (validTo.isBefore(validFrom)) {
            throw new DomainException("validity.to.beforeFrom");
        }
        this.delegatorId = delegatorId;
        this.deputyId = deputyId;
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.reason = reason;
        this.createdAt = now;
    }

    boolean activeOn(LocalDate date) {
        return revokedAt == null && !date.isBefore(validFrom) && !date.isAfter(validTo);
    }

    void revoke(Instant now) {
        this.revokedAt = now;
    }

    public Long getId() { return id; }
    public Long getDelegatorId() { return delegatorId; }
    public Long getDeputyId() { return deputyId; }
    public LocalDate getValidFrom() { return validFrom; }
    public LocalDate getValidTo() { return validTo; }
    public String getReason() { return reason; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getRevokedAt() { return revokedAt; }
}
