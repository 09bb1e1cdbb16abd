package vn.eoffice.study;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import vn.eoffice.platform.DomainException;

/** A study programme (kế hoạch học tập, quán triệt) of one Party document, organised by the commission. */
@Entity
class StudyProgramme {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private long version;
    private Long agencyId;
    private String title;
    @Enumerated(EnumType.STRING)
    private ResolutionKind kind;
    private String notation;
    private String issuer;
    private LocalDate issuedOn;
    @Convert(converter = EnumSets.Audiences.class)
    private Set<Audience> audiences = EnumSet.noneOf(Audience.class);
    @Convert(converter = EnumSets.Levels.class)
    private Set<StudyLevel> levels = EnumSet.noneOf(StudyLevel.class);
    @Convert(converter = EnumSets.Audiences.class)
    private Set<Audience> reflectionAudiences = EnumSet.noneOf(Audience.class);
    private LocalDate studyFrom;
    private LocalDate studyUntil;
    private LocalDate reflectionDue;
    private LocalDate actionProgrammeDue;
    @Enumerated(EnumType.STRING)
    private ProgrammeStatus status;
    private Long meetingId;
    private Long resolutionId;
    private Long createdBy;
    private Instant createdAt;

    protected StudyProgramme() {
    }

    StudyProgramme(Long agencyId, ProgrammeForm form, Long createdBy, Instant at) {
        this.agencyId = agencyId;
        this.status = ProgrammeStatus.DRAFT;
        this.createdBy = createdBy;
        this.createdAt = at;
        change(form);
    }

    /** Changes the plan; the dates must follow each other and reflections can only be asked of its audiences. */
    void change(ProgrammeForm form) {
        if (form.studyUntil().isBefore(form.studyFrom())) {
            throw new DomainException("study.studyUntil.beforeFrom");
        }
        if (form.reflectionDue() != null && form.reflectionDue().isBefore(form.studyFrom())) {
            throw new DomainException("study.reflectionDue.beforeFrom");
        }
        if (form.actionProgrammeDue() != null && form.actionProgrammeDue().isBefore(form.studyFrom())) {
            throw new DomainException("study.actionProgrammeDue.beforeFrom");
        }
        if (!form.audiences().containsAll(form.reflectionAudiences())) {
            throw new DomainException("study.reflectionAudiences.notAudience");
        }
        if (!form.reflectionAudiences().isEmpty() && form.reflectionDue() == null) {
            throw new DomainException("study.reflectionDue.required");
        }
        this.title = form.title().trim();
        this.kind = form.kind();
        this.notation = form.notation().trim();
        this.issuer = form.issuer() == null || form.issuer().isBlank() ? null : form.issuer().trim();
        this.issuedOn = form.issuedOn();
        this.audiences = EnumSet.copyOf(form.audiences());
        this.levels = EnumSet.copyOf(form.levels());
        this.reflectionAudiences = form.reflectionAudiences().isEmpty() ? EnumSet.noneOf(Audience.class)
                : EnumSet.copyOf(form.reflectionAudiences());
        this.studyFrom = form.studyFrom();
        this.studyUntil = form.studyUntil();
        this.reflectionDue = form.reflectionDue();
        this.actionProgrammeDue = form.actionProgrammeDue();
    }

    void open() {
        this.status = status.moveTo(ProgrammeStatus.OPEN);
    }

    void close() {
        this.status = status.moveTo(ProgrammeStatus.CLOSED);
    }

    void linkConference(Long meetingId) {
        this.meetingId = meetingId;
    }

    void linkResolution(Long resolutionId) {
        this.resolutionId = resolutionId;
    }

    ProgrammeView view() {
        return new ProgrammeView(id, agencyId, title, kind, notation, issuer, issuedOn, Set.copyOf(audiences),
                Set.copyOf(levels), Set.copyOf(reflectionAudiences), studyFrom, studyUntil, reflectionDue,
                actionProgrammeDue, status, meetingId, resolutionId);
    }

    Long getId() { return id; }
    Long getAgencyId() { return agencyId; }
    String getTitle() { return title; }
    ProgrammeStatus getStatus() { return status; }
    Set<Audience> getReflectionAudiences() { return reflectionAudiences; }
    LocalDate getStudyFrom() { return studyFrom; }
    LocalDate getStudyUntil() { return studyUntil; }
    LocalDate getReflectionDue() { return reflectionDue; }
    LocalDate getActionProgrammeDue() { return actionProgrammeDue; }
    Long getMeetingId() { return meetingId; }
}
