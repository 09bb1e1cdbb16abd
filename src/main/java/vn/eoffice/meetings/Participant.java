package vn.eoffice.meetings;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.eoffice.platform.DomainException;

/**
 * One invitee of a meeting: a person, a whole unit (answered by its head) or an external guest by e-mail.
 */
@Entity
@Table(name = "meeting_participant")
class Participant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long meetingId;
    private Long userId;
    private Long unitId;
    private String email;
    private String guestName;
    @Enumerated(EnumType.STRING)
    private Answer answer;
    private Long deputyId;
    private String answerNote;
    private Instant answeredAt;

    protected Participant() {
    }

    private Participant(Long meetingId, Long userId, Long unitId, String email) {
        this.meetingId = meetingId;
        this.userId = userId;
        this.unitId = unitId;
        this.email = email;
        this.answer = Answer.PENDING;
    }

    static Participant person(Long meetingId, Long userId) {
        return new Participant(meetingId, userId, null, null);
    }

    static Participant unit(Long meetingId, Long unitId) {
        return new Participant(meetingId, null, unitId, null);
    }

    static Participant guest(Long meetingId, String email) {
        return new Participant(meetingId, null, null, email);
    }

    void answer(Answer answer, Long deputyId, String note, Instant now) {
        if (answer == null || answer == Answer.PENDING) {
            throw new DomainException("meeting.answer.required");
        }
        if (answer == Answer.DEPUTY && deputyId == null) {
            throw new DomainException("meeting.answer.deputyRequired");
        }
        this.answer = answer;
        this.deputyId = answer == Answer.DEPUTY ? deputyId : null;
        this.answerNote = note;
        this.answeredAt = now;
    }

    public Long getId() { return id; }
    public Long getMeetingId() { return meetingId; }
    public Long getUserId() { return userId; }
    public Long getUnitId() { return unitId; }
    public String getEmail() { return email; }
    public String getGuestName() { return guestName; }
    public Answer getAnswer() { return answer; }
    public Long getDeputyId() { return deputyId; }
    public String getAnswerNote() { return answerNote; }
    public Instant getAnsweredAt() { return answeredAt; }
}
