package vn.eoffice.meetings;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.eoffice.audit.AuditLog;
import vn.eoffice.files.FileStorage;
import vn.eoffice.files.StoredFile;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.identity.Role;
import vn.eoffice.identity.UserManagement;
import vn.eoffice.notifications.Category;
import vn.eoffice.notifications.Notifier;
import vn.eoffice.organization.OrganizationDirectory;
import vn.eoffice.platform.DomainException;
import vn.eoffice.platform.NotFoundException;
import vn.eoffice.platform.SearchableChanged;

/**
 * The meetings module's facade for scheduling: schedule, change and cancel meetings (room checked and locked),
 * invitees and their answers, materials, and the exceptions of recurring briefings. Every change is audited,
 * participants are notified in-app, and {@link MeetingScheduled} sends them the iCalendar request or cancel after
 * the commit.
 */
@Service
@Transactional
public class MeetingManagement {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final Meetings meetings;
    private final Participants participants;
    private final AgendaItems agenda;
    private final Materials materials;
    private final OccurrenceChanges changes;
    private final RoomBooking booking;
    private final SeriesExceptions seriesExceptions;
    private final MeetingAccess access;
    private final MeetingRecipients recipients;
    private final UserManagement users;
    private final OrganizationDirectory organization;
    private final FileStorage files;
    private final Notifier notifier;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MeetingManagement(Meetings meetings, Participants participants, AgendaItems agenda, Materials materials,
            OccurrenceChanges changes, RoomBooking booking, SeriesExceptions seriesExceptions, MeetingAccess access,
            MeetingRecipients recipients, UserManagement users, OrganizationDirectory organization, FileStorage files,
            Notifier notifier, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.meetings = meetings;
        this.participants = participants;
        this.agenda = agenda;
        this.materials = materials;
        this.changes = changes;
        this.booking = booking;
        this.seriesExceptions = seriesExceptions;
        this.access = access;
        this.recipients = recipients;
        this.users = users;
        this.organization = organization;
        this.files = files;
        this.notifier = notifier;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Leaders, unit heads and clerks schedule meetings. */
    public static boolean mayOrganise(CurrentUser user) {
        return user.hasRole(Role.LEADER) || user.hasRole(Role.UNIT_HEAD) || user.hasRole(Role.CLERK);
    }

    public MeetingSummary schedule(CurrentUser by, MeetingPlan plan) {
        if (!mayOrganise(by)) {
            throw new org.springframework.security.access.AccessDeniedException("denied");
        }
        checkPeople(by, plan);
        if (plan.recurrence() != null && !plan.recurrence().isBlank()) {
            Recurrence.parse(plan.recurrence().trim());
        }
        var meeting = new Meeting(by.agencyId(), plan, OnlineRooms.newRoomName(), by.id(), Instant.now(clock));
        if (plan.roomId() != null) {
            // the room's row stays locked until commit: a concurrent booking waits here, then sees this one
            booking.reserve(by.agencyId(), plan.roomId(), booking.slots(meeting, List.of()), headcount(plan), null);
        }
        meeting = meetings.save(meeting);
        invite(meeting, plan);
        int position = 1;
        for (var line : plan.agenda()) {
            if (line.title() != null && !line.title().isBlank()) {
                agenda.save(new AgendaItem(meeting.getId(), position++, line.title().trim(), line.presenterId(),
                        line.durationMinutes()));
            }
        }
        audit.record("MEETING_SCHEDULED", "MEETING", meeting.getId(), meeting.getTitle() + " "
                + meeting.getStartsAt() + (meeting.recurring() ? " " + meeting.getRecurrence() : ""));
        tell(meeting, "meeting.notify.invited");
        events.publishEvent(new MeetingScheduled(meeting.getId(), meeting.getSequenceNo(), false));
        events.publishEvent(new SearchableChanged(MeetingSearchables.KIND, meeting.getId()));
        return MeetingSummary.of(meeting);
    }

    /** The meeting as its organiser changes it; a cancelled or past meeting cannot be changed. */
    @Transactional(readOnly = true)
    public MeetingDraft draft(CurrentUser by, Long meetingId) {
        var meeting = access.organised(meetingId, by);
        meeting.requireEditable(Instant.now(clock));
        return new MeetingDraft(MeetingSummary.of(meeting),
                agenda.findByMeetingIdOrderByPosition(meetingId).stream().map(AgendaItemView::of).toList(),
                participants.findByMeetingIdOrderById(meetingId).stream().map(ParticipantView::of).toList());
    }

    /**
     * Changes what, when and where; invitees get an update with the next SEQUENCE. People, units and guests of the
     * plan not invited yet are invited (nobody is uninvited here); a non-empty agenda replaces the current one.
     */
    public MeetingSummary reschedule(CurrentUser by, Long meetingId, long version, MeetingPlan plan) {
        return change(by, meetingId, version, plan).meeting();
    }

    /**
     * {@link #reschedule}, telling which exceptions of a recurring series were dropped because they fall on no
     * occurrence of the changed series ({@link SeriesExceptions}); the organiser is also notified of them.
     */
    public Rescheduled change(CurrentUser by, Long meetingId, long version, MeetingPlan plan) {
        var meeting = access.organised(meetingId, by);
        if (meeting.getVersion() != version) {
            throw new org.springframework.orm.ObjectOptimisticLockingFailureException(Meeting.class, meetingId);
        }
        meeting.requireEditable(Instant.now(clock));
        checkPeople(by, plan);
        if (plan.recurrence() != null && !plan.recurrence().isBlank()) {
            Recurrence.parse(plan.recurrence().trim());
        }
        meeting.changed();
        Instant previousStart = meeting.getStartsAt();
        meeting.apply(plan);
        var dropped = seriesExceptions.follow(meeting, previousStart, booking.zone());
        invite(meeting, plan);
        if (!plan.agenda().isEmpty()) {
            replaceAgenda(meetingId, plan.agenda());
        }
        meetings.flush();
        if (plan.roomId() != null) {
            var headcount = recipients.internal(meeting).size()
                    + (int) participants.findByMeetingIdOrderById(meetingId).stream()
                            .filter(p -> p.getEmail() != null).count();
            booking.reserve(by.agencyId(), plan.roomId(), booking.slots(meeting, changes.findByMeetingId(meetingId)),
                    headcount, meetingId);
        }
        audit.record("MEETING_CHANGED", "MEETING", meetingId, meeting.getTitle() + " " + meeting.getStartsAt()
                + " seq " + meeting.getSequenceNo());
        if (!dropped.isEmpty()) {
            audit.record("MEETING_EXCEPTIONS_DROPPED", "MEETING", meetingId, dropped.toString());
            notifier.notifyInApp(by.id(), Category.MEETING, "meeting.notify.exceptionsDropped",
                    new Object[] { meeting.getTitle(), dropped.size() }, link(meeting));
        }
        tell(meeting, "meeting.notify.changed");
        events.publishEvent(new MeetingScheduled(meetingId, meeting.getSequenceNo(), false));
        events.publishEvent(new SearchableChanged(MeetingSearchables.KIND, meetingId));
        return new Rescheduled(MeetingSummary.of(meeting), dropped);
    }

    public void cancel(CurrentUser by, Long meetingId, String reason) {
        var meeting = access.organised(meetingId, by);
        meeting.cancel();
        audit.record("MEETING_CANCELLED", "MEETING", meetingId, reason);
        tell(meeting, "meeting.notify.cancelled");
        events.publishEvent(new MeetingScheduled(meetingId, meeting.getSequenceNo(), true));
        events.publishEvent(new SearchableChanged(MeetingSearchables.KIND, meetingId));
    }

    /** Adds people, units or guests to the invitees. */
    public void invite(CurrentUser by, Long meetingId, Set<Long> userIds, Set<Long> unitIds, List<String> emails) {
        var meeting = access.organised(meetingId, by);
        meeting.requireScheduled();
        var plan = new MeetingPlan(meeting.getTitle(), meeting.getKind(), meeting.getChairId(),
                meeting.getSecretaryId(), meeting.getStartsAt(), meeting.getEndsAt(), meeting.getRoomId(),
                meeting.isOnline(), null, null, null, userIds, unitIds, emails, List.of());
        checkPeople(by, plan);
        meeting.changed();
        invite(meeting, plan);
        audit.record("MEETING_INVITED", "MEETING", meetingId, "users " + userIds + " units " + unitIds + " guests "
                + emails);
        tell(meeting, "meeting.notify.invited");
        events.publishEvent(new MeetingScheduled(meetingId, meeting.getSequenceNo(), false));
        events.publishEvent(new SearchableChanged(MeetingSearchables.KIND, meetingId));
    }

    /**
     * The answer of one invitee row: a person answers their own invitation, a unit head the invitation of their
     * unit; a deputy must be a colleague of the same agency.
     */
    public void answer(CurrentUser by, Long meetingId, Long participantId, Answer answer, Long deputyId,
            String note) {
        var meeting = access.visible(meetingId, by);
        meeting.requireScheduled();
        var row = participants.findById(participantId).filter(p -> p.getMeetingId().equals(meetingId))
                .orElseThrow(() -> new NotFoundException("participant " + participantId));
        if (!answers(by, row)) {
            throw new org.springframework.security.access.AccessDeniedException("denied");
        }
        if (answer == Answer.DEPUTY && deputyId != null
                && !by.agencyId().equals(users.summary(deputyId).agencyId())) {
            throw new DomainException("meeting.answer.deputyRequired");
        }
        row.answer(answer, deputyId, note, Instant.now(clock));
        notifier.stepDone(answerStep(meetingId, by.id()));
        audit.record("MEETING_ANSWERED", "MEETING", meetingId, participantId + ": " + answer
                + (deputyId == null ? "" : " deputy " + deputyId));
        if (answer == Answer.DEPUTY) {
            notifier.notify(deputyId, Category.MEETING, "meeting.notify.deputy",
                    new Object[] { meeting.getTitle(), meeting.getStartsAt() }, link(meeting));
        }
        if (!by.id().equals(meeting.getSecretaryId()) && meeting.getSecretaryId() != null) {
            notifier.notify(meeting.getSecretaryId(), Category.MEETING, "meeting.notify.answered",
                    new Object[] { by.fullName(), meeting.getTitle() }, link(meeting));
        }
    }

    static boolean answers(CurrentUser user, Participant row) {
        return user.id().equals(row.getUserId())
                || (row.getUnitId() != null && row.getUnitId().equals(user.unitId()) && user.hasRole(Role.UNIT_HEAD));
    }

    /** Stores a material of the meeting (or of one agenda item); only organisers and presenters attach them. */
    public MaterialView attach(CurrentUser by, Long meetingId, Long agendaItemId, String name, InputStream content) {
        var meeting = access.visible(meetingId, by);
        boolean presenter = agendaItemId != null && agenda.findById(agendaItemId)
                .filter(item -> item.getMeetingId().equals(meetingId))
                .orElseThrow(() -> new NotFoundException("agenda item " + agendaItemId))
                .getPresenterId() != null
                && by.id().equals(agenda.findById(agendaItemId).orElseThrow().getPresenterId());
        if (!presenter) {
            access.requireOrganiser(by, meeting);
        }
        StoredFile file = files.store(name, content, by.id());
        var material = materials.save(new Material(meetingId, agendaItemId, file.id(), file.name(), by.id(),
                Instant.now(clock)));
        audit.record("MEETING_MATERIAL_ADDED", "MEETING", meetingId, file.name() + " (file " + file.id() + ")");
        events.publishEvent(new SearchableChanged(MeetingSearchables.KIND, meetingId));
        return MaterialView.of(material);
    }

    /** A material's file, for participants only; anyone else gets "not found". */
    @Transactional(readOnly = true)
    public StoredFile material(CurrentUser by, Long meetingId, Long materialId) {
        var meeting = access.visible(meetingId, by);
        var material = materials.findById(materialId).filter(m -> m.getMeetingId().equals(meeting.getId()))
                .orElseThrow(() -> new NotFoundException("material " + materialId));
        return files.find(material.getFileId());
    }

    /** Cancels one occurrence of a recurring meeting. */
    public void cancelOccurrence(CurrentUser by, Long meetingId, Instant originalStart) {
        var meeting = recurringOrganised(by, meetingId, originalStart);
        var change = changes.findByMeetingIdAndOriginalStart(meetingId, originalStart)
                .orElseGet(() -> new OccurrenceChange(meetingId, originalStart));
        change.cancel();
        changes.save(change);
        meeting.changed();
        audit.record("MEETING_OCCURRENCE_CANCELLED", "MEETING", meetingId, originalStart.toString());
        tell(meeting, "meeting.notify.changed");
        events.publishEvent(new MeetingScheduled(meetingId, meeting.getSequenceNo(), false));
        events.publishEvent(new SearchableChanged(MeetingSearchables.KIND, meetingId));
    }

    /** Moves one occurrence of a recurring meeting; the room is checked for the new slot. */
    public void moveOccurrence(CurrentUser by, Long meetingId, Instant originalStart, Instant start, Instant end) {
        var meeting = recurringOrganised(by, meetingId, originalStart);
        if (start == null || end == null || !end.isAfter(start)) {
            throw new DomainException("meeting.time.order");
        }
        var change = changes.findByMeetingIdAndOriginalStart(meetingId, originalStart)
                .orElseGet(() -> new OccurrenceChange(meetingId, originalStart));
        change.move(start, end);
        changes.save(change);
        if (meeting.getRoomId() != null) {
            booking.reserve(meeting.getAgencyId(), meeting.getRoomId(), List.of(new Occurrence(meetingId,
                    meeting.getTitle(), meeting.getKind(), meeting.getRoomId(), meeting.isOnline(), originalStart,
                    start, end, true)), 0, meetingId);
        }
        meeting.changed();
        audit.record("MEETING_OCCURRENCE_MOVED", "MEETING", meetingId, originalStart + " -> " + start);
        tell(meeting, "meeting.notify.changed");
        events.publishEvent(new MeetingScheduled(meetingId, meeting.getSequenceNo(), false));
        events.publishEvent(new SearchableChanged(MeetingSearchables.KIND, meetingId));
    }

    private Meeting recurringOrganised(CurrentUser by, Long meetingId, Instant originalStart) {
        var meeting = access.organised(meetingId, by);
        meeting.requireScheduled();
        if (!meeting.recurring() || originalStart == null
                || !Recurrence.hasOccurrenceAt(meeting, originalStart, booking.zone())) {
            throw new DomainException("meeting.occurrence.unknown");
        }
        return meeting;
    }

    /** Rewrites the agenda in place; an item a material belongs to is kept (after the new ones) when dropped. */
    private void replaceAgenda(Long meetingId, List<MeetingPlan.AgendaLine> lines) {
        var items = agenda.findByMeetingIdOrderByPosition(meetingId);
        var kept = lines.stream().filter(line -> line.title() != null && !line.title().isBlank()).toList();
        int position = 1;
        for (int i = 0; i < kept.size(); i++) {
            var line = kept.get(i);
            if (i < items.size()) {
                items.get(i).revise(position++, line.title().trim(), line.presenterId(), line.durationMinutes());
            } else {
                agenda.save(new AgendaItem(meetingId, position++, line.title().trim(), line.presenterId(),
                        line.durationMinutes()));
            }
        }
        for (int i = kept.size(); i < items.size(); i++) {
            var item = items.get(i);
            if (materials.existsByAgendaItemId(item.getId())) {
                item.revise(position++, item.getTitle(), item.getPresenterId(), item.getDurationMinutes());
            } else {
                agenda.delete(item);
            }
        }
    }

    private void invite(Meeting meeting, MeetingPlan plan) {
        var existing = participants.findByMeetingIdOrderById(meeting.getId());
        for (Long userId : plan.userIds()) {
            if (existing.stream().noneMatch(p -> userId.equals(p.getUserId()))) {
                participants.save(Participant.person(meeting.getId(), userId));
            }
        }
        for (Long unitId : plan.unitIds()) {
            if (existing.stream().noneMatch(p -> unitId.equals(p.getUnitId()))) {
                participants.save(Participant.unit(meeting.getId(), unitId));
            }
        }
        for (String email : plan.guestEmails()) {
            String address = email.trim().toLowerCase(java.util.Locale.ROOT);
            if (!address.isEmpty() && existing.stream().noneMatch(p -> address.equals(p.getEmail()))) {
                participants.save(Participant.guest(meeting.getId(), address));
            }
        }
    }

    private void checkPeople(CurrentUser by, MeetingPlan plan) {
        if (plan.chairId() == null) {
            throw new DomainException("meeting.chair.required");
        }
        var people = new LinkedHashSet<Long>(plan.userIds());
        people.add(plan.chairId());
        if (plan.secretaryId() != null) {
            people.add(plan.secretaryId());
        }
        for (Long id : people) {
            if (!by.agencyId().equals(users.summary(id).agencyId())) {
                throw new DomainException("meeting.participant.unknown");
            }
        }
        for (Long unitId : plan.unitIds()) {
            if (!by.agencyId().equals(organization.unit(unitId).agencyId())) {
                throw new DomainException("meeting.participant.unknown");
            }
        }
        for (String email : plan.guestEmails()) {
            if (!email.isBlank() && !EMAIL.matcher(email.trim()).matches()) {
                throw new DomainException("meeting.guest.invalid", email.trim());
            }
        }
    }

    private int headcount(MeetingPlan plan) {
        var people = new LinkedHashSet<Long>(plan.userIds());
        people.add(plan.chairId());
        if (plan.secretaryId() != null) {
            people.add(plan.secretaryId());
        }
        plan.unitIds().forEach(unit -> users.membersOf(unit).forEach(u -> people.add(u.id())));
        return people.size() + (int) plan.guestEmails().stream().filter(e -> !e.isBlank()).count();
    }

    /** In-app only: the e-mail for the same change is the iCalendar invitation ({@link InvitationMailer}). */
    private void tell(Meeting meeting, String key) {
        for (Long recipient : recipients.internal(meeting)) {
            notifier.notifyInApp(recipient, answerStep(meeting.getId(), recipient), Category.MEETING, key,
                    new Object[] { meeting.getTitle(), meeting.getStartsAt() }, link(meeting));
        }
    }

    /** The person's "answer this invitation" step; their answer (or their unit head's for the unit) clears it. */
    static String answerStep(Long meetingId, Long userId) {
        return "meeting:" + meetingId + ":invitation:" + userId;
    }

    static String link(Meeting meeting) {
        return "/meetings/" + meeting.getId();
    }
}
