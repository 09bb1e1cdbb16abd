package vn.eoffice.meetings;

import java.util.Objects;

import org.springframework.stereotype.Component;

import vn.eoffice.audit.AuditLog;
import vn.eoffice.audit.Outcome;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.identity.Role;
import vn.eoffice.platform.NotFoundException;

/**
 * Who may see a meeting and its materials: its organisers (chair, secretary, whoever scheduled it), the people
 * invited directly or as deputy, the members of an invited unit, the hosts of its connection points, and the
 * agency's leaders (lãnh đạo ban), who oversee every meeting. Anyone else gets "not found", so a meeting leaves no
 * trace. Only organisers change it.
 */
@Component
class MeetingAccess {

    private final Meetings meetings;
    private final Participants participants;
    private final ConnectionPoints points;
    private final AuditLog audit;

    MeetingAccess(Meetings meetings, Participants participants, ConnectionPoints points, AuditLog audit) {
        this.meetings = meetings;
        this.participants = participants;
        this.points = points;
        this.audit = audit;
    }

    Meeting visible(Long meetingId, CurrentUser user) {
        var meeting = meetings.findById(meetingId).orElseThrow(() -> new NotFoundException("meeting " + meetingId));
        if (!sees(user, meeting)) {
            audit.recordAttempt("ACCESS_VIEW", "MEETING", meetingId, null, Outcome.DENIED);
            throw new NotFoundException("meeting " + meetingId);
        }
        return meeting;
    }

    Meeting organised(Long meetingId, CurrentUser user) {
        var meeting = visible(meetingId, user);
        requireOrganiser(user, meeting);
        return meeting;
    }

    void requireOrganiser(CurrentUser user, Meeting meeting) {
        if (!meeting.leads(user.id())) {
            audit.recordAttempt("ACCESS_EDIT", "MEETING", meeting.getId(), null, Outcome.DENIED);
            throw new org.springframework.security.access.AccessDeniedException("denied");
        }
    }

    boolean sees(CurrentUser user, Meeting meeting) {
        if (user == null || !Objects.equals(user.agencyId(), meeting.getAgencyId())) {
            return false;
        }
        return user.hasRole(Role.LEADER) || participates(user, meeting);
    }

    boolean participates(CurrentUser user, Meeting meeting) {
        if (meeting.leads(user.id())) {
            return true;
        }
        for (var p : participants.findByMeetingIdOrderById(meeting.getId())) {
            if (user.id().equals(p.getUserId()) || user.id().equals(p.getDeputyId())
                    || (p.getUnitId() != null && p.getUnitId().equals(user.unitId()))) {
                return true;
            }
        }
        return points.findByMeetingIdOrderByMainDescId(meeting.getId()).stream()
                .anyMatch(point -> user.id().equals(point.getHostId()));
    }
}
