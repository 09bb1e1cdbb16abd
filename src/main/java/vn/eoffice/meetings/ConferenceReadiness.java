package vn.eoffice.meetings;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.eoffice.audit.AuditLog;
import vn.eoffice.audit.Outcome;
import vn.eoffice.identity.AccessControl;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.identity.UserManagement;
import vn.eoffice.notifications.Category;
import vn.eoffice.notifications.Notifier;
import vn.eoffice.organization.OrganizationDirectory;
import vn.eoffice.platform.DomainException;
import vn.eoffice.platform.NotFoundException;
import vn.eoffice.platform.Secrecy;

/**
 * Connection points of hosted committees in a multi-level conference: the organiser adds one per committee; the
 * committee's clerk and leaders are told, see the meeting, and run their point's readiness checklist (line, sound,
 * picture, room, technician — each OK or not, with a note); the organiser sees every point's readiness.
 */
@Service
@Transactional
public class ConferenceReadiness {

    private final MeetingAccess access;
    private final ConnectionPoints points;
    private final ReadinessChecks checks;
    private final AccessControl control;
    private final UserManagement users;
    private final OrganizationDirectory organization;
    private final Notifier notifier;
    private final AuditLog audit;
    private final Clock clock;

    ConferenceReadiness(MeetingAccess access, ConnectionPoints points, ReadinessChecks checks, AccessControl control,
            UserManagement users, OrganizationDirectory organization, Notifier notifier, AuditLog audit,
            Clock clock) {
        this.access = access;
        this.points = points;
        this.checks = checks;
        this.control = control;
        this.users = users;
        this.organization = organization;
        this.notifier = notifier;
        this.audit = audit;
        this.clock = clock;
    }

    /** The step a point's readiness check is, for the notifications it marks read once done. */
    static String step(Long pointId) {
        return "meeting-point-readiness:" + pointId;
    }

    /** Adds the point of a hosted agency (the organisers); its clerk and leaders are told to check it. */
    public PointView addCommitteePoint(CurrentUser by, Long meetingId, Long agencyId, String name, int expected) {
        var meeting = access.organised(meetingId, by);
        var agency = organization.agency(agencyId);
        if (!agency.hosted()) {
            throw new DomainException("meeting.point.agencyNotHosted", agency.name());
        }
        if (access.pointAgencies(meeting).contains(agencyId)) {
            throw new DomainException("meeting.point.agencyExists", agency.name());
        }
        var point = points.save(ConnectionPoint.forAgency(meetingId, agencyId,
                name == null || name.isBlank() ? agency.name() : name, expected));
        audit.record("MEETING_POINT_ADDED", "MEETING", meetingId, point.getName() + " (agency " + agencyId + ")");
        users.staffOf(agencyId).stream().filter(p -> control.runsConferencePoint(p, agencyId))
                .forEach(p -> notifier.notifyStep(p.id(), step(point.getId()), Category.MEETING, Secrecy.NONE,
                        "meeting.notify.readiness", new Object[] { point.getName(), meeting.getTitle() },
                        MeetingManagement.link(meeting)));
        return PointView.of(point);
    }

    /**
     * Every point's readiness for the organising agency's people who see the meeting, his own point for a committee;
     * nothing for one who does not see the meeting.
     */
    @Transactional(readOnly = true)
    public List<PointReadiness> readiness(CurrentUser by, Long meetingId) {
        var seen = access.ifVisible(meetingId, by);
        if (seen.isEmpty()) {
            return List.of();
        }
        var meeting = seen.get();
        boolean all = meeting.getAgencyId().equals(by.agencyId());
        var shown = points.findByMeetingIdOrderByMainDescId(meetingId).stream()
                .filter(p -> all || by.agencyId().equals(p.getAgencyId())).toList();
        var byPoint = new HashMap<Long, Map<ReadinessItem, ReadinessLine>>();
        checks.findByPointIdIn(shown.stream().map(ConnectionPoint::getId).toList()).forEach(c -> byPoint
                .computeIfAbsent(c.getPointId(), k -> new EnumMap<>(ReadinessItem.class)).put(c.getItem(), c.line()));
        var result = new ArrayList<PointReadiness>();
        for (var point : shown) {
            var done = byPoint.getOrDefault(point.getId(), Map.of());
            var lines = new ArrayList<ReadinessLine>();
            for (var item : ReadinessItem.values()) {
                lines.add(done.getOrDefault(item, new ReadinessLine(item, null, null)));
            }
            result.add(new PointReadiness(PointView.of(point), lines, mayRun(by, meeting, point)));
        }
        return result;
    }

    /** Records a point's checklist (every item, a note for each not OK); the point is ready when all are OK. */
    public PointReadiness check(CurrentUser by, Long meetingId, Long pointId, List<ReadinessLine> lines) {
        var meeting = access.visible(meetingId, by);
        var point = points.findById(pointId).filter(p -> p.getMeetingId().equals(meetingId))
                .orElseThrow(() -> new NotFoundException("point " + pointId));
        if (!mayRun(by, meeting, point)) {
            audit.recordAttempt("MEETING_POINT_READINESS", "MEETING", meetingId, null, Outcome.DENIED);
            if (!meeting.getAgencyId().equals(by.agencyId())) {
                throw new NotFoundException("point " + pointId);
            }
            throw new AccessDeniedException("denied");
        }
        var given = new EnumMap<ReadinessItem, ReadinessLine>(ReadinessItem.class);
        for (var line : lines == null ? List.<ReadinessLine>of() : lines) {
            if (line.item() != null && line.ok() != null) {
                given.put(line.item(), line);
            }
        }
        if (given.size() < ReadinessItem.values().length) {
            throw new DomainException("meeting.readiness.incomplete");
        }
        for (var line : given.values()) {
            if (!line.ok() && (line.note() == null || line.note().isBlank())) {
                throw new DomainException("meeting.readiness.noteRequired");
            }
        }
        var existing = new EnumMap<ReadinessItem, ReadinessCheck>(ReadinessItem.class);
        checks.findByPointIdIn(List.of(pointId)).forEach(c -> existing.put(c.getItem(), c));
        var now = Instant.now(clock);
        for (var line : given.values()) {
            var check = existing.computeIfAbsent(line.item(), item -> new ReadinessCheck(pointId, item));
            check.record(line.ok(), line.note(), by.id(), now);
            checks.save(check);
        }
        boolean ready = given.values().stream().allMatch(ReadinessLine::ok);
        point.checked(ready ? TechStatus.PASSED : TechStatus.FAILED);
        notifier.stepDone(step(pointId));
        audit.record("MEETING_POINT_READINESS", "MEETING", meetingId, point.getName() + ": " + (ready ? "ready"
                : "not ready " + given.values().stream().filter(l -> !l.ok()).map(l -> l.item().name()).toList()));
        return new PointReadiness(PointView.of(point), List.copyOf(given.values()), true);
    }

    /** How many points of the meeting are not ready, if it starts before {@code until} and has not ended. */
    @Transactional(readOnly = true)
    public int notReadyBefore(CurrentUser by, Long meetingId, Instant until) {
        var seen = access.ifVisible(meetingId, by);
        if (seen.isEmpty()) {
            return 0;
        }
        var meeting = seen.get();
        if (meeting.isCancelled() || !meeting.getStartsAt().isBefore(until)
                || !meeting.getEndsAt().isAfter(Instant.now(clock))) {
            return 0;
        }
        return (int) points.findByMeetingIdOrderByMainDescId(meetingId).stream()
                .filter(p -> !p.isMain() && p.getTechStatus() != TechStatus.PASSED).count();
    }

    private boolean mayRun(CurrentUser by, Meeting meeting, ConnectionPoint point) {
        return (point.getAgencyId() != null && control.mayRunConferencePoint(by, point.getAgencyId()))
                || by.id().equals(point.getHostId()) || control.mayOrganise(by, access.parties(meeting));
    }
}
