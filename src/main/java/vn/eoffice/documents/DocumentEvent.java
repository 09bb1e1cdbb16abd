package vn.eoffice.documents;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One step on a document's timeline: who (acting for whom), when, what.
 */
@Entity
@Table(name = "document_event")
class DocumentEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long documentId;
    private Instant occurredAt;
    private Long actorId;
    private Long actingFor;
    private String kind;
    private String note;

    protected DocumentEvent() {
    }

    DocumentEvent(Long documentId, Instant occurredAt, Long actorId, Long actingFor, String kind, String note) {
        this.documentId = documentId;
        this.occurredAt = occurredAt;
        this.actorId = actorId;
        this.actingFor = actingFor;
        this.kind = kind;
        this.note = note;
    }

    public Long getId() { return id; }
    public Long getDocumentId() { return documentId; }
    public Instant getOccurredAt() { return occurredAt; }
    public Long getActorId() { return actorId; }
    public Long getActingFor() { return actingFor; }
    public String getKind() { return kind; }
    public String getNote() { return note; }
}
