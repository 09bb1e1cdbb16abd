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

import vn.eoffice.platform.DomainException;

/**
 * A committee's duty to send its action programme on a resolution by a day, and what it sent.
 */
@Entity
@Table(name = "monitoring_programme")
class ActionProgramme {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private long version;
    private Long resolutionId;
    private Long committeeId;
    private LocalDate dueOn;
    private Long requiredBy;
    private Long submittedBy;
    private Instant submittedAt;
    private LocalDate submittedOn;
    private Long programmeDocumentId;

    @ElementCollection
    @CollectionTable(name = "monitoring_programme_file", joinColumns = @JoinColumn(name = "programme_id"))
    @OrderColumn(name = "position")
    private List<ReportFile> files = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "monitoring_programme_item", joinColumns = @JoinColumn(name = "programme_id"))
    @OrderColumn(name = "position")
    private List<ProgrammeItem> items = new ArrayList<>();

    protected ActionProgramme() {
    }

    ActionProgramme(Long resolutionId, Long committeeId, LocalDate dueOn, Long requiredBy) {
        this.resolutionId = resolutionId;
        this.committeeId = committeeId;
        this.dueOn = dueOn;
        this.requiredBy = requiredBy;
    }

    /** Asking again moves the due day, unless the programme is already in. */
    void requireBy(LocalDate day) {
        if (submittedOn == null) {
            this.dueOn = day;
        }
    }

    /** Sent once; late when after the due day (allowed, and shown so). */
    void submit(Long documentId, List<ProgrammeItem> given, List<ReportFile> attached, Long by, Instant at,
            LocalDate on) {
        if (submittedOn != null) {
            throw new DomainException("monitoring.programme.alreadySubmitted");
        }
        this.programmeDocumentId = documentId;
        this.items.addAll(given);
        this.files.addAll(attached);
        this.submittedBy = by;
        this.submittedAt = at;
        this.submittedOn = on;
    }

    /** Demo data only: the day the programme came in. */
    void backdate(LocalDate on) {
        this.submittedOn = on;
    }

    boolean late() {
        return submittedOn != null && submittedOn.isAfter(dueOn);
    }

    Long getId() { return id; }
    Long getResolutionId() { return resolutionId; }
    Long getCommitteeId() { return committeeId; }
    LocalDate getDueOn() { return dueOn; }
    LocalDate getSubmittedOn() { return submittedOn; }
    Long getProgrammeDocumentId() { return programmeDocumentId; }
    List<ProgrammeItem> getItems() { return List.copyOf(items); }
    List<ReportFile> getFiles() { return List.copyOf(files); }
}
