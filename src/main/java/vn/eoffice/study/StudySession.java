package vn.eoffice.study;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** A session where a committee's learners study: the conference, its own class, or a make-up class (lớp học bù). */
@Entity
class StudySession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private long version;
    private Long programmeId;
    private Long committeeId;
    @Enumerated(EnumType.STRING)
    private SessionKind kind;
    private LocalDate heldOn;
    private String place;
    private Long meetingId;
    private Long createdBy;
    private Instant createdAt;

    protected StudySession() {
    }

    StudySession(Long programmeId, Long committeeId, StudySessionForm form, Long createdBy, Instant at) {
        this.programmeId = programmeId;
        this.committeeId = committeeId;
        this.kind = form.kind();
        this.heldOn = form.heldOn();
        this.place = form.place() == null || form.place().isBlank() ? null : form.place().strip();
        this.createdBy = createdBy;
        this.createdAt = at;
    }

    StudySessionView view() {
        return new StudySessionView(id, programmeId, committeeId, kind, heldOn, place);
    }

    Long getId() { return id; }
    Long getProgrammeId() { return programmeId; }
    Long getCommitteeId() { return committeeId; }
    SessionKind getKind() { return kind; }
    LocalDate getHeldOn() { return heldOn; }
}
