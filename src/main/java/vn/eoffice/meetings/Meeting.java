package vn.eoffice.meetings;

import java.time.Duration;
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
 * A meeting: what, who chairs and takes the minutes, when, in which room and/or online room, and, for a recurring
 * briefing, its recurrence rule (RRULE). {@code sequenceNo} counts the changes sent to invitees (iCalendar SEQUENCE).
 */
@Entity
@Table(name = "meeting")
class Meeting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private long version;
    private Long agencyId;
    private String title;
    @Enumerated(EnumType.STRING)
    private MeetingKind kind;
    private Long chairId;
    private Long secretaryId;
    private Instant startsAt;
    private Instant endsAt;
    private Long roomId;
    private boolean online;
    private String onlineRoom;
    private String location;
    private String description;
    private String recurrence;
    @Enumerated(EnumType.STRING)
    private MeetingStatus status;
    private int sequenceNo;
    private String minutes;
    private Long noticeDocumentId;
    private Long createdBy;
    private Instant createdAt;

    protected Meeting() {
    }

    Meeting(Long agencyId, MeetingPlan plan, String onlineRoom, Long createdBy, Instant now) {
        this.agencyId = agencyId;
        this.onlineRoom = onlineRoom;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.status = MeetingStatus.SCHEDULED;
        apply(plan);
    }

    void apply(MeetingPlan plan) {
        if (plan.title() == null || plan.title().isBlank()) {
            throw new DomainException("meeting.title.required");
        }
        if (plan.startsAt() == null || plan.endsAt() == null) {
            throw new DomainException("meeting.time.required");
        }
        if (!plan.endsAt().isAfter(plan.startsAt())) {
            throw new DomainException("meeting.time.order");
        }
        if (plan.roomId() == null && !plan.online()) {
            throw new DomainException("meeting.place.required");
        }
        this.title = plan.title().trim();
        this.kind = plan.kind() == null ? MeetingKind.THEMATIC : plan.kind();
        this.chairId = plan.chairId();
        this.secretaryId = plan.secretaryId();
        this.startsAt = plan.startsAt();
        this.endsAt = plan.endsAt();
        this.roomId = plan.roomId();
        this.online = plan.online();
        this.location = plan.location();
        this.description = plan.description();
        this.recurrence = plan.recurrence() == null || plan.recurrence().isBlank() ? null : plan.recurrence().trim();
    }

    void changed() {
        requireScheduled();
        sequenceNo++;
    }

    void cancel() {
        requireScheduled();
        status = MeetingStatus.CANCELLED;
        sequenceNo++;
    }

    void requireScheduled() {
        if (status == MeetingStatus.CANCELLED) {
            throw new DomainException("meeting.cancelled");
        }
    }

    /** A meeting can be changed while it is scheduled and not over (a recurring one always has a next session). */
    void requireEditable(Instant now) {
        if (status == MeetingStatus.CANCELLED) {
            throw new DomainException("meeting.edit.cancelled");
        }
        if (over(now)) {
            throw new DomainException("meeting.edit.past");
        }
    }

    public boolean over(Instant now) {
        return !recurring() && endsAt.isBefore(now);
    }

    void writeMinutes(String minutes) {
        this.minutes = minutes;
    }

    void noticeReleasedAs(Long documentId) {
        this.noticeDocumentId = documentId;
    }

    public Duration duration() {
        return Duration.between(startsAt, endsAt);
    }

    public boolean recurring() {
        return recurrence != null;
    }

    public boolean leads(Long userId) {
        return userId != null && (userId.equals(chairId) || userId.equals(secretaryId) || userId.equals(createdBy));
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public Long getAgencyId() { return agencyId; }
    public String getTitle() { return title; }
    public MeetingKind getKind() { return kind; }
    public Long getChairId() { return chairId; }
    public Long getSecretaryId() { return secretaryId; }
    public Instant getStartsAt() { return startsAt; }
    public Instant getEndsAt() { return endsAt; }
    public Long getRoomId() { return roomId; }
    public boolean isOnline() { return online; }
    public String getOnlineRoom() { return onlineRoom; }
    public String getLocation() { return location; }
    public String getDescription() { return description; }
    public String getRecurrence() { return recurrence; }
    public MeetingStatus getStatus() { return status; }
    /** Still to be held (not cancelled). */
    public boolean isScheduled() { return status == MeetingStatus.SCHEDULED; }
    public boolean isCancelled() { return status == MeetingStatus.CANCELLED; }
    /** An online conference across levels, with connection points. */
    public boolean isConference() { return kind == MeetingKind.CONFERENCE; }
    public int getSequenceNo() { return sequenceNo; }
    public String getMinutes() { return minutes; }
    public Long getNoticeDocumentId() { return noticeDocumentId; }
    public Long getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
}
