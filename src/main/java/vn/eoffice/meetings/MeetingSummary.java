package vn.eoffice.meetings;

import java.time.Instant;

/**
 * A meeting as pages and the API show it: what, who chairs and takes the minutes, when and where, its recurrence
 * rule, its state, and the version a change must name.
 */
public record MeetingSummary(Long id, long version, String title, MeetingKind kind, Long chairId, Long secretaryId,
        Instant startsAt, Instant endsAt, Long roomId, boolean online, String location, String description,
        String recurrence, MeetingStatus status, int sequenceNo, String minutes, Long noticeDocumentId) {

    static MeetingSummary of(Meeting m) {
        return new MeetingSummary(m.getId(), m.getVersion(), m.getTitle(), m.getKind(), m.getChairId(),
                m.getSecretaryId(), m.getStartsAt(), m.getEndsAt(), m.getRoomId(), m.isOnline(), m.getLocation(),
                m.getDescription(), m.getRecurrence(), m.getStatus(), m.getSequenceNo(), m.getMinutes(),
                m.getNoticeDocumentId());
    }

    /** A briefing repeated by its rule (RRULE). */
    public boolean recurring() {
        return recurrence != null;
    }

    /** Over: a single meeting whose end has passed (a recurring one always has a next session). */
    public boolean over(Instant now) {
        return !recurring() && endsAt.isBefore(now);
    }

    /** Still to be held (not cancelled). */
    public boolean scheduled() {
        return status == MeetingStatus.SCHEDULED;
    }

    public boolean cancelled() {
        return status == MeetingStatus.CANCELLED;
    }

    /** An online conference across levels, with connection points. */
    public boolean conference() {
        return kind == MeetingKind.CONFERENCE;
    }
}
