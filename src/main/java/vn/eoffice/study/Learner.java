package vn.eoffice.study;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.eoffice.platform.DomainException;

/**
 * A Party member studying one programme (học viên): attendance at a session, the absence's reason, and the reflection
 * (bài thu hoạch) when his audience must write one, with its grade. Columns are read by the figures' aggregates.
 */
@Entity
@Table(name = "study_learner")
class Learner {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private long version;
    private Long programmeId;
    private Long committeeId;
    private Long memberId;
    @Enumerated(EnumType.STRING)
    private Audience audience;
    @Enumerated(EnumType.STRING)
    private Attendance attendance = Attendance.PENDING;
    private String absenceReason;
    private Long sessionId;
    private boolean reflectionRequired;
    private String reflectionText;
    private Long reflectionFileId;
    private String reflectionName;
    private Instant submittedAt;
    @Enumerated(EnumType.STRING)
    private ReflectionGrade grade;
    private Long gradedBy;
    private Instant gradedAt;

    protected Learner() {
    }

    Learner(Long programmeId, Long committeeId, Long memberId, Audience audience, boolean reflectionRequired) {
        this.programmeId = programmeId;
        this.committeeId = committeeId;
        this.memberId = memberId;
        this.audience = audience;
        this.reflectionRequired = reflectionRequired;
    }

    /** Records the reflection (text or an uploaded file); a graded one is final. */
    void submit(String text, Long fileId, String fileName, Instant at) {
        if (!reflectionRequired) {
            throw new DomainException("study.reflection.notRequired");
        }
        if (grade != null) {
            throw new DomainException("study.reflection.alreadyGraded");
        }
        boolean noText = text == null || text.isBlank();
        if (noText && fileId == null) {
            throw new DomainException("study.reflection.empty");
        }
        this.reflectionText = noText ? null : text.strip();
        this.reflectionFileId = fileId;
        this.reflectionName = fileName;
        this.submittedAt = at;
    }

    void grade(ReflectionGrade grade, Long by, Instant at) {
        if (submittedAt == null) {
            throw new DomainException("study.reflection.notSubmitted");
        }
        if (grade == null) {
            throw new DomainException("study.reflection.grade.required");
        }
        this.grade = grade;
        this.gradedBy = by;
        this.gradedAt = at;
    }

    Long getId() { return id; }
    Long getProgrammeId() { return programmeId; }
    Long getCommitteeId() { return committeeId; }
    Long getMemberId() { return memberId; }
    Long getReflectionFileId() { return reflectionFileId; }
    String getReflectionName() { return reflectionName; }
    String getReflectionText() { return reflectionText; }
    Instant getSubmittedAt() { return submittedAt; }
    boolean isReflectionRequired() { return reflectionRequired; }
}
