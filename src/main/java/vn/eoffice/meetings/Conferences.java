package vn.eoffice.meetings;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.eoffice.audit.AuditLog;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.identity.UserManagement;
import vn.eoffice.notifications.Category;
import vn.eoffice.notifications.Notifier;
import vn.eoffice.organization.OrganizationDirectory;
import vn.eoffice.platform.DomainException;
import vn.eoffice.platform.NotFoundException;

/**
 * Multi-point online conferences (hội nghị trực tuyến nhiều điểm cầu): the main point and the connection points at
 * units, their technical check and the attendance each host reports, added up across points.
 */
@Service
@Transactional
public class Conferences {

    /** Attendance across the points: how many points, how many people expected and how many came. */
    public record Totals(int points, int expected, int actual, int reported) {
    }

    private final MeetingAccess access;
    private final ConnectionPoints points;
    private final UserManagement users;
    private final OrganizationDirectory organization;
    private final Notifier notifier;
    private final AuditLog audit;
    private final vn.eoffice.identity.AccessControl control;

    Conferences(MeetingAccess access, ConnectionPoints points, UserManagement users,
            OrganizationDirectory organization, Notifier notifier, AuditLog audit,
            vn.eoffice.identity.AccessControl control) {
        this.control = control;
        this.access = access;
        this.points = points;
        this.users = users;
        this.organization = organization;
        this.notifier = notifier;
        this.audit = audit;
    }

    public PointView addPoint(CurrentUser by, Long meetingId, boolean main, Long unitId, String name,
            String location, Long hostId, int expected) {
        var meeting = access.organised(meetingId, by);
        if (main && points.findByMeetingIdOrderByMainDescId(meetingId).stream().anyMatch(ConnectionPoint::isMain)) {
            throw new DomainException("meeting.point.mainExists");
        }
        if (unitId != null && !meeting.getAgencyId().equals(organization.unit(unitId).agencyId())) {
            throw new DomainException("meeting.participant.unknown");
        }
        if (hostId != null && !meeting.getAgencyId().equals(users.summary(hostId).agencyId())) {
            throw new DomainException("meeting.participant.unknown");
        }
        String shown = (name == null || name.isBlank()) && unitId != null ? organization.unit(unitId).name() : name;
        var point = points.save(new ConnectionPoint(meetingId, main, unitId, shown, location, hostId, expected));
        audit.record("MEETING_POINT_ADDED", "MEETING", meetingId, point.getName() + " (" + expected + ")");
        if (hostId != null) {
            notifier.notify(hostId, Category.MEETING, "meeting.notify.host",
                    new Object[] { point.getName(), meeting.getTitle() }, MeetingManagement.link(meeting));
        }
        return PointView.of(point);
    }

    /** The organisers, the point's host or the people of its committee record the technical check. */
    public void check(CurrentUser by, Long meetingId, Long pointId, TechStatus status) {
        var point = hosted(by, meetingId, pointId);
        point.checked(status);
        audit.record("MEETING_POINT_CHECKED", "MEETING", meetingId, point.getName() + ": " + status);
    }

    /** The point's host, the people of its committee (or an organiser) report how many attended there. */
    public void reportAttendance(CurrentUser by, Long meetingId, Long pointId, int actual) {
        var point = hosted(by, meetingId, pointId);
        point.reportAttendance(actual);
        audit.record("MEETING_POINT_ATTENDANCE", "MEETING", meetingId, point.getName() + ": " + actual);
    }

    @Transactional(readOnly = true)
    public List<PointView> points(CurrentUser by, Long meetingId) {
        access.visible(meetingId, by);
        return points.findByMeetingIdOrderByMainDescId(meetingId).stream().map(PointView::of).toList();
    }

    static Totals totals(List<PointView> points) {
        int expected = 0;
        int actual = 0;
        int reported = 0;
        for (var point : points) {
            expected += point.expected();
            if (point.actual() != null) {
                actual += point.actual();
                reported++;
            }
        }
        return new Totals(points.size(), expected, actual, reported);
    }

    private ConnectionPoint hosted(CurrentUser by, Long meetingId, Long pointId) {
        var meeting = access.visible(meetingId, by);
        var point = points.findById(pointId).filter(p -> p.getMeetingId().equals(meetingId))
                .orElseThrow(() -> new NotFoundException("point " + pointId));
        if (!by.id().equals(point.getHostId()) && !(point.getAgencyId() != null
                && control.mayRunConferencePoint(by, point.getAgencyId()))) {
            access.requireOrganiser(by, meeting);
        }
        return point;
    }
}
