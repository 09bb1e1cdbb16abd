package vn.eoffice.organization;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

/**
 * A change in the organisation tree on one date: agencies that ended (predecessors) and those that began
 * (successors), e.g. the 2025 merger of the propaganda and mass-mobilisation commissions. A dissolution (giải thể)
 * ends agencies without successors, e.g. the district Party committees on 1/7/2025: their duties passed to others,
 * but no agency continues them.
 */
@Entity
@Table(name = "lineage_event")
class LineageEvent {

    enum Role { PREDECESSOR, SUCCESSOR }

    @Embeddable
    public record Link(@Column(name = "agency_id") Long agencyId, @Enumerated(EnumType.STRING) Role role) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    private LineageKind kind;
    private LocalDate effectiveDate;
    private String note;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "lineage_link", joinColumns = @JoinColumn(name = "event_id"))
    private Set<Link> links = new LinkedHashSet<>();

    protected LineageEvent() {
    }

    LineageEvent(LineageKind kind, LocalDate effectiveDate, String note, Set<Long> predecessors, Set<Long> successors) {
        this.kind = kind;
        this.effectiveDate = effectiveDate;
        this.note = note;
        predecessors.forEach(id -> links.add(new Link(id, Role.PREDECESSOR)));
        successors.forEach(id -> links.add(new Link(id, Role.SUCCESSOR)));
    }

    public Set<Long> agencies(Role role) {
        var ids = new LinkedHashSet<Long>();
        links.stream().filter(link -> link.role() == role).forEach(link -> ids.add(link.agencyId()));
        return ids;
    }

    public Long getId() { return id; }
    public LineageKind getKind() { return kind; }
    public LocalDate getEffectiveDate() { return effectiveDate; }
    public String getNote() { return note; }
}
