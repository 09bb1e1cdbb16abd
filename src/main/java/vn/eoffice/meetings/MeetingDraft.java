package vn.eoffice.meetings;

import java.util.List;

/**
 * A meeting as its organiser changes it: the meeting, its agenda in order and its invitees.
 */
public record MeetingDraft(MeetingSummary meeting, List<AgendaItemView> agenda, List<ParticipantView> invitees) {
}
