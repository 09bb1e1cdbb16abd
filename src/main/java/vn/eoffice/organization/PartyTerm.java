package vn.eoffice.organization;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.eoffice.platform.DomainException;

/**
 * A Party committee term (nhiệm kỳ), e.g. 2025–2030: from the day after one congress closes to the close of the next.
 */
@Entity
@Table(name = "party_term")
class PartyTerm {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long agencyId;
    private String name;
    private LocalDate startDate;
    private LocalDate endDate;
    @Version
    private long version;

    protected PartyTerm() {
    }

    PartyTerm(Long agencyId, String name, LocalDate startDate, LocalDate endDate) {
        this.agencyId = agencyId;
        update(name, startDate, endDate);
    }

    public void update(String name, LocalDate startDate, LocalDate endDate) {
        if (name == null || name.isBlank()) {
            throw new DomainException("term.name.required");
        }
        if (startDate == null) {
            throw new DomainException("term.start.required");
        }
        if (endDate != null && endDate.isBefore(startDate)) {
            throw new DomainException("validity.to.beforeFrom");
        }
        this.name = name;
        this.startDate = startDate;
        this.endDate = endDate;
    }

    boolean includes(LocalDate date) {
        return new Validity(startDate, endDate).includes(date);
    }

    /** Whether this term and the period from {@code start} to {@code end} (open if null) share at least one day. */
    public boolean overlaps(LocalDate start, LocalDate end) {
        boolean startsBeforeOtherEnds = end == null || !startDate.isAfter(end);
        boolean otherStartsBeforeThisEnds = endDate == null || !start.isAfter(endDate);
        return startsBeforeOtherEnds && otherStartsBeforeThisEnds;
    }

    public Long getId() { return id; }
    public Long getAgencyId() { return agencyId; }
    public String getName() { return name; }
    public LocalDate getStartDate() { return startDate; }
    public LocalDate getEndDate() { return endDate; }
    public long getVersion() { return version; }
}
