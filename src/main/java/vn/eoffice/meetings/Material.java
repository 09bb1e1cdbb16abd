package vn.eoffice.meetings;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A document for the meeting (tài liệu họp), of the whole meeting or of one agenda item; only participants read it.
 */
@Entity
@Table(name = "meeting_material")
class Material {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long meetingId;
    private Long agendaItemId;
    private Long fileId;
    private String name;
    private Long uploadedBy;
    private Instant uploadedAt;

    protected Material() {
    }

    Material(Long meetingId, Long agendaItemId, Long fileId, String name, Long uploadedBy, Instant uploadedAt) {
        this.meetingId = meetingId;
        this.agendaItemId = agendaItemId;
        this.fileId = fileId;
        this.name = name;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public Long getId() { return id; }
    public Long getMeetingId() { return meetingId; }
    public Long getAgendaItemId() { return agendaItemId; }
    public Long getFileId() { return fileId; }
    public String getName() { return name; }
    public Long getUploadedBy() { return uploadedBy; }
    public Instant getUploadedAt() { return uploadedAt; }
}
