package vn.eoffice.meetings;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.eoffice.identity.CurrentUser;
import vn.eoffice.identity.Role;
import vn.eoffice.identity.UserManagement;
import vn.eoffice.notifications.Category;
import vn.eoffice.notifications.Notifier;
import vn.eoffice.organization.OrganizationDirectory;
import vn.eoffice.platform.Dates;
import vn.eoffice.platform.Secrecy;

/**
 * Before a briefing each invited unit sends its report (báo cáo trước giao ban): the step waits on the unit's heads,
 * who are told once when the briefing is scheduled or their unit invited, and whose notice is cleared when the unit's
 * report is in.
 */
@Component
class UnitReportRequests {

    private static final java.util.Set<MeetingKind> REPORTING_KINDS = java.util.Arrays.stream(MeetingKind.values())
            .filter(MeetingKind::collectsUnitReports).collect(java.util.stream.Collectors.toUnmodifiableSet());

    private final Meetings meetings;
    private final Participants participants;
    private final UnitReports reports;
    private final UserManagement users;
    private final OrganizationDirectory organization;
    private final Notifier notifier;
    private final Dates dates;
    private final Clock clock;

    UnitReportRequests(Meetings meetings, Participants participants, UnitReports reports, UserManagement users,
            OrganizationDirectory organization, Notifier notifier, Dates dates, Clock clock) {
        this.meetings = meetings;
        this.participants = participants;
        this.reports = reports;
        this.users = users;
        this.organization = organization;
        this.notifier = notifier;
        this.dates = dates;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(MeetingScheduled event) {
        var meeting = meetings.findById(event.meetingId()).orElse(null);
        if (event.cancelled() || meeting == null || !asksForReports(meeting)) {
            return;
        }
        for (Long unitId : missingUnits(meeting)) {
            String step = step(meeting.getId(), unitId);
            var told = notifier.waitingOn(step);
            for (var head : users.membersOf(unitId)) {
                if (head.roles().contains(Role.UNIT_HEAD) && head.enabled() && !told.contains(head.id())) {
                    notifier.notifyStep(head.id(), step, Category.MEETING, Secrecy.NONE, "meeting.notify.reportAsked",
                            new Object[] { organization.unit(unitId).name(), meeting.getTitle(),
                                    dates.dateTime(meeting.getStartsAt()) },
                            MeetingManagement.link(meeting) + "#unit-reports");
                }
            }
        }
    }

    /** Briefings still ahead (or a series still running) whose report the person's unit owes and he, its head, sends. */
    List<Meeting> awaiting(CurrentUser user) {
        if (user.unitId() == null || !user.hasRole(Role.UNIT_HEAD)) {
            return List.of();
        }
        return meetings.owingReport(user.unitId(), REPORTING_KINDS, Instant.now(clock));
    }

    static String step(Long meetingId, Long unitId) {
        return "meeting:" + meetingId + ":report:" + unitId;
    }

    private boolean asksForReports(Meeting meeting) {
        return meeting.getStatus() == MeetingStatus.SCHEDULED && meeting.getKind().collectsUnitReports()
                && (meeting.recurring() || meeting.getStartsAt().isAfter(Instant.now(clock)));
    }

    private List<Long> missingUnits(Meeting meeting) {
        return participants.findByMeetingIdOrderById(meeting.getId()).stream().map(Participant::getUnitId)
                .filter(java.util.Objects::nonNull).distinct()
                .filter(unit -> reports.findByMeetingIdAndUnitId(meeting.getId(), unit).isEmpty()).toList();
    }
}
