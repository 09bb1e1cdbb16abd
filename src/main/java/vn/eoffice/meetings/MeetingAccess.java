package vn.eoffice.meetings;

import java.util.HashSet;
import java.util.Objects;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import vn.eoffice.audit.AuditLog;
import vn.eoffice.audit.Outcome;
import vn.eoffice.identity.AccessControl;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.identity.MeetingParties;
import vn.eoffice.platform.NotFoundException;

/**
 * Who may see a meeting and its materials: its organisers (chair, secretary, whoever scheduled it), the people
 * invited directly or as deputy, the members of an invited unit, the hosts of its connection points, the clerk and
 * leaders of a hosted agency with a connection point, and the agency's leaders (lãnh đạo ban), who oversee every
 * meeting. Anyone else gets "not found", so a meeting leaves no
 * trace. Only organisers change it. The rule is {@link AccessControl}'s (with delegation); this class gathers the
 * meeting's people for it and turns a refusal into "not found" or "forbidden", audited.
 */
@Component
class MeetingAccess {

    private final Meetings meetings;
    private final Participants participants;
    private final ConnectionPoints points;
    private final AuditLog audit;
    private final AccessControl control;

    MeetingAccess(Meetings meetings, Participants participants, ConnectionPoints points, AuditLog audit,
            AccessControl control) {
        this.meetings = meetings;
        this.participants = participants;
        this.points = points;
        this.audit = audit;
        this.control = control;
    }

    Meeting visible(Long meetingId, CurrentUser user) {
        var meeting = meetings.findById(meetingId).orElseThrow(() -> new NotFoundException("meeting " + meetingId));
        if (!sees(user, meeting)) {
            audit.recordAttempt("ACCESS_VIEW", "MEETING", meetingId, null, Outcome.DENIED);
            throw new NotFoundException("meeting " + meetingId);
        }
        return meeting;
    }

    /** The meeting if the user sees it, without recording a refusal (for counts and summaries of other modules). */
    java.util.Optional<Meeting> ifVisible(Long meetingId, CurrentUser user) {
        return meetings.findById(meetingId).filter(meeting -> sees(user, meeting));
    }

    Meeting organised(Long meetingId, CurrentUser user) {
        var meeting = visible(meetingId, user);
        requireOrganiser(user, meeting);
        return meeting;
    }

    void requireOrganiser(CurrentUser user, Meeting meeting) {
        if (!control.mayOrganise(user, parties(meeting))) {
            audit.recordAttempt("ACCESS_EDIT", "MEETING", meeting.getId(), null, Outcome.DENIED);
            throw new org.springframework.security.access.AccessDeniedException("denied");
        }
    }

    boolean sees(CurrentUser user, Meeting meeting) {
        return control.mayViewMeeting(user, parties(meeting))
                || control.mayViewConferenceAsPoint(user, pointAgencies(meeting));
    }

    /** The hosted agencies (committees) with a connection point of the meeting. */
    java.util.Set<Long> pointAgencies(Meeting meeting) {
        var agencies = new HashSet<Long>();
        points.findByMeetingIdOrderByMainDescId(meeting.getId()).stream().map(ConnectionPoint::getAgencyId)
                .filter(Objects::nonNull).forEach(agencies::add);
        return agencies;
    }

    boolean participates(CurrentUser user, Meeting meeting) {
        return control.takesPart(user, parties(meeting));
    }

    /** The meeting's people as the access rule needs them. */
    MeetingParties parties(Meeting meeting) {
        var organisers = new HashSet<Long>();
        Stream.of(meeting.getChairId(), meeting.getSecretaryId(), meeting.getCreatedBy()).filter(Objects::nonNull)
                .forEach(organisers::add);
        var people = new HashSet<Long>();
        var units = new HashSet<Long>();
        for (var p : participants.findByMeetingIdOrderById(meeting.getId())) {
            Stream.of(p.getUserId(), p.getDeputyId()).filter(Objects::nonNull).forEach(people::add);
            if (p.getUnitId() != null) {
                units.add(p.getUnitId());
            }
        }
        points.findByMeetingIdOrderByMainDescId(meeting.getId()).stream().map(point -> point.getHostId())
                .filter(Objects::nonNull).forEach(people::add);
        return new MeetingParties(meeting.getAgencyId(), organisers, people, units);
    }
}
