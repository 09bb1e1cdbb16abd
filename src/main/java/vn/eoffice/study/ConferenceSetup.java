package vn.eoffice.study;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.eoffice.audit.AuditLog;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.meetings.ConferenceReadiness;
import vn.eoffice.meetings.Conferences;
import vn.eoffice.meetings.MeetingKind;
import vn.eoffice.meetings.MeetingManagement;
import vn.eoffice.meetings.MeetingPlan;
import vn.eoffice.meetings.ReadinessLine;
import vn.eoffice.organization.OrganizationDirectory;
import vn.eoffice.platform.DomainException;
import vn.eoffice.platform.EOfficeProperties;
import vn.eoffice.platform.NotFoundException;

/**
 * The programme's multi-level conference: the organiser schedules one online conference (a meeting of kind
 * conference) with the main point at the commission and one point per committee, whose people run its readiness
 * checks; the programme links to the meeting.
 */
@Service
@Transactional
public class ConferenceSetup {

    private final Programmes programmes;
    private final Committees committees;
    private final StudyAccess access;
    private final MeetingManagement meetings;
    private final Conferences conferences;
    private final ConferenceReadiness readiness;
    private final OrganizationDirectory organization;
    private final EOfficeProperties office;
    private final AuditLog audit;
    private final Clock clock;

    ConferenceSetup(Programmes programmes, Committees committees, StudyAccess access, MeetingManagement meetings,
            Conferences conferences, ConferenceReadiness readiness, OrganizationDirectory organization,
            EOfficeProperties office, AuditLog audit, Clock clock) {
        this.programmes = programmes;
        this.committees = committees;
        this.access = access;
        this.meetings = meetings;
        this.conferences = conferences;
        this.readiness = readiness;
        this.organization = organization;
        this.office = office;
        this.audit = audit;
        this.clock = clock;
    }

    /** Schedules the conference with its points (the organiser, who must also be one who schedules meetings). */
    public ConferencePage create(CurrentUser user, Long programmeId, ConferenceForm form) {
        var programme = found(user, programmeId);
        access.requireOrganise(user, programme.getAgencyId(), programmeId, "STUDY_CONFERENCE");
        if (programme.getMeetingId() != null) {
            throw new DomainException("study.conference.exists");
        }
        if (programme.getStatus() == ProgrammeStatus.CLOSED) {
            throw new DomainException("study.programme.closed");
        }
        if (!MeetingManagement.mayOrganise(user)) {
            throw new DomainException("study.conference.notScheduler");
        }
        var zone = office.timeZone();
        Instant starts = ZonedDateTime.of(form.day(), form.startTime(), zone).toInstant();
        Instant ends = ZonedDateTime.of(form.day(), form.endTime(), zone).toInstant();
        if (!ends.isAfter(starts)) {
            throw new DomainException("study.conference.endBeforeStart");
        }
        String title = "Hội nghị trực tuyến học tập, quán triệt " + programme.view().notation();
        var meeting = meetings.schedule(user, new MeetingPlan(title, MeetingKind.CONFERENCE, user.id(), null, starts,
                ends, null, true, form.location(), programme.getTitle(), null, null, null, null, null));
        String main = organization.agency(programme.getAgencyId()).name();
        conferences.addPoint(user, meeting.id(), true, null, main, form.location(), user.id(), 0);
        for (var committee : committees.findByProgrammeIdOrderByName(programmeId)) {
            readiness.addCommitteePoint(user, meeting.id(), committee.getAgencyId(), committee.getName(),
                    committee.view().expectedMembers());
        }
        programme.linkConference(meeting.id());
        audit.record("STUDY_CONFERENCE_SCHEDULED", "STUDY_PROGRAMME", programmeId, "meeting " + meeting.id());
        return page(user, programmeId);
    }

    /** The conference page: every point for the organiser, the committee's own for a committee. */
    @Transactional(readOnly = true)
    public ConferencePage page(CurrentUser user, Long programmeId) {
        var programme = found(user, programmeId);
        boolean mayCreate = programme.getMeetingId() == null && programme.getStatus() != ProgrammeStatus.CLOSED
                && access.mayOrganise(user, programme) && MeetingManagement.mayOrganise(user);
        return new ConferencePage(programme.view(), programme.getMeetingId(), programme.getMeetingId() == null
                ? List.of() : readiness.readiness(user, programme.getMeetingId()), mayCreate);
    }

    /** A committee's readiness checklist for its point (its clerk and leaders, or the organiser). */
    public void check(CurrentUser user, Long programmeId, Long pointId, List<ReadinessLine> lines) {
        var programme = found(user, programmeId);
        if (programme.getMeetingId() == null) {
            throw new NotFoundException("study conference " + programmeId);
        }
        readiness.check(user, programme.getMeetingId(), pointId, lines);
    }

    /** Committee points not ready in the organiser's conferences starting before the end of tomorrow. */
    @Transactional(readOnly = true)
    public int notReadyByTomorrow(CurrentUser user) {
        var until = java.time.LocalDate.now(clock.withZone(office.timeZone())).plusDays(2)
                .atStartOfDay(office.timeZone()).toInstant();
        int count = 0;
        for (var programme : programmes.findByAgencyIdAndStatusOrderByStudyFromAscIdAsc(user.agencyId(),
                ProgrammeStatus.OPEN)) {
            if (programme.getMeetingId() != null) {
                count += readiness.notReadyBefore(user, programme.getMeetingId(), until);
            }
        }
        return count;
    }

    private StudyProgramme found(CurrentUser user, Long programmeId) {
        return access.visible(user, programmes.findById(programmeId)
                .orElseThrow(() -> new NotFoundException("study programme " + programmeId)));
    }
}
