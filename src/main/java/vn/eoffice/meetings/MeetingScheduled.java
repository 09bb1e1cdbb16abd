package vn.eoffice.meetings;

/**
 * A meeting was scheduled, changed ({@code sequence} > 0) or cancelled: invitees get an iCalendar request or cancel.
 */
public record MeetingScheduled(Long meetingId, int sequence, boolean cancelled) {
}
