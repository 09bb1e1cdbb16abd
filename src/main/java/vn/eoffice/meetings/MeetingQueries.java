package vn.eoffice.meetings;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.eoffice.identity.CurrentUser;
import vn.eoffice.identity.UserManagement;
import vn.eoffice.organization.OrganizationDirectory;
import vn.eoffice.platform.Dates;

/**
 * Reading meetings: the person's upcoming and past meetings, the invitations waiting for their answer, and one
 * meeting's page. Only what {@link MeetingAccess} lets the person see.
 */
@Service
@Transactional(readOnly = true)
public class MeetingQueries {

    /** One occurrence in a list, with the viewer's own pending invitation row if any. */
    public record Listed(Occurrence occurrence, MeetingSummary meeting, boolean awaitingAnswer) {
    }

    private final Meetings meetings;
    private final Participants participants;
    private final AgendaItems agenda;
    private final Materials materials;
    private final OccurrenceChanges changes;
    private final MeetingRooms rooms;
    private final UnitReports reports;
    private final Conclusions conclusions;
    private final ConnectionPoints points;
    private final MeetingAccess access;
    private final MeetingProceedings proceedings;
    private final OnlineRooms online;
    private final UserManagement users;
    private final OrganizationDirectory organization;
    private final Dates dates;
    private final Clock clock;

    MeetingQueries(Meetings meetings, Participants participants, AgendaItems agenda, Materials materials,
            OccurrenceChanges changes, MeetingRooms rooms, UnitReports reports, Conclusions conclusions,
            ConnectionPoints points, MeetingAccess access, MeetingProceedings proceedings, OnlineRooms online,
            UserManagement users, OrganizationDirectory organization, Dates dates, Clock clock) {
        this.meetings = meetings;
        this.participants = participants;
        this.agenda = agenda;
        this.materials = materials;
        this.changes = changes;
        this.rooms = rooms;
        this.reports = reports;
        this.conclusions = conclusions;
        this.points = points;
        this.access = access;
        this.proceedings = proceedings;
        this.online = online;
        this.users = users;
        this.organization = organization;
        this.dates = dates;
        this.clock = clock;
    }

    /** The person's occurrences in [from, to), in time order (leaders: every meeting of the agency). */
    public List<Listed> mine(CurrentUser user, Instant from, Instant to, boolean all) {
        var candidates = new java.util.LinkedHashMap<Long, Meeting>();
        candidatesOf(user.id(), user.unitId(), user.roles(), user.agencyId(), from, to, all)
                .forEach(m -> candidates.put(m.getId(), m));
        var delegator = user.delegator();
        if (delegator != null) {
            // a deputy standing in for an absent colleague lists the colleague's meetings too, as he may open them
            candidatesOf(delegator.userId(), delegator.unitId(), delegator.roles(), user.agencyId(), from, to, all)
                    .forEach(m -> candidates.putIfAbsent(m.getId(), m));
        }
        var result = new ArrayList<Listed>();
        for (Meeting meeting : candidates.values()) {
            if (!meeting.getAgencyId().equals(user.agencyId())) {
                continue;
            }
            boolean awaiting = awaitingAnswer(user, meeting);
            var summary = MeetingSummary.of(meeting);
            for (var occurrence : Recurrence.expand(meeting, changes.findByMeetingId(meeting.getId()), from, to,
                    dates.zone())) {
                result.add(new Listed(occurrence, summary, awaiting));
            }
        }
        result.sort(Comparator.comparing(l -> l.occurrence().start()));
        return result;
    }

    private List<Meeting> candidatesOf(Long userId, Long unitId, java.util.Set<vn.eoffice.identity.Role> roles,
            Long agencyId, Instant from, Instant to, boolean all) {
        return all && roles.contains(vn.eoffice.identity.Role.LEADER) ? meetings.ofAgencyBetween(agencyId, from, to)
                : meetings.involving(userId, unitId == null ? List.of(-1L) : List.of(unitId));
    }

    /** Scheduled meetings whose invitation the person (or their unit, if they head it) has not answered. */
    public List<MeetingSummary> awaitingAnswer(CurrentUser user) {
        return meetings.awaitingAnswer(user.id(), user.unitId() == null ? -1L : user.unitId(),
                user.hasRole(vn.eoffice.identity.Role.UNIT_HEAD), Instant.now(clock)).stream()
                .map(MeetingSummary::of).toList();
    }

    private boolean awaitingAnswer(CurrentUser user, Meeting meeting) {
        return participants.findByMeetingIdOrderById(meeting.getId()).stream()
                .anyMatch(p -> p.getAnswer() == Answer.PENDING && MeetingManagement.answers(user, p));
    }

    /** The meeting, if the person may see it (otherwise not found). */
    public MeetingSummary meeting(CurrentUser user, Long id) {
        return MeetingSummary.of(access.visible(id, user));
    }

    public List<ParticipantView> participants(CurrentUser user, Long id) {
        access.visible(id, user);
        return participants.findByMeetingIdOrderById(id).stream().map(ParticipantView::of).toList();
    }

    public List<ConclusionView> conclusions(CurrentUser user, Long id) {
        access.visible(id, user);
        return conclusions.findByMeetingIdOrderByPosition(id).stream().map(ConclusionView::of).toList();
    }

    /** The agency's rooms in use, for choosing one. */
    public List<RoomView> rooms(CurrentUser user) {
        return rooms.findByAgencyIdAndActiveTrueOrderByName(user.agencyId()).stream().map(RoomView::of).toList();
    }

    public MeetingView view(CurrentUser user, Long id) {
        var meeting = access.visible(id, user);
        Map<Long, String> names = new HashMap<>();
        Function<Long, String> name = userId -> userId == null ? null
                : names.computeIfAbsent(userId, k -> users.summary(k).fullName());
        Map<Long, String> unitNames = new HashMap<>();
        Function<Long, String> unit = unitId -> unitId == null ? null
                : unitNames.computeIfAbsent(unitId, k -> organization.unit(k).name());
        var invitees = participants.findByMeetingIdOrderById(id).stream().map(p -> new MeetingView.Invitee(p.getId(),
                p.getUserId() != null ? name.apply(p.getUserId()) : p.getUnitId() != null ? unit.apply(p.getUnitId())
                        : p.getEmail(),
                p.getUserId() != null ? "PERSON" : p.getUnitId() != null ? "UNIT" : "GUEST", p.getAnswer(),
                name.apply(p.getDeputyId()), p.getAnswerNote(),
                meeting.getStatus() == MeetingStatus.SCHEDULED && MeetingManagement.answers(user, p))).toList();
        var agendaRows = agenda.findByMeetingIdOrderByPosition(id).stream().map(a -> new MeetingView.AgendaRow(
                a.getId(), a.getPosition(), a.getTitle(), name.apply(a.getPresenterId()), a.getDurationMinutes()))
                .toList();
        Instant now = Instant.now(clock);
        List<Occurrence> occurrences = meeting.recurring()
                ? Recurrence.expand(meeting, changes.findByMeetingId(id), now.minus(java.time.Duration.ofDays(7)),
                        now.plus(java.time.Duration.ofDays(70)), dates.zone())
                : List.of();
        var present = proceedings.present(id);
        var presentRows = present.stream().map(userId -> {
            var person = users.summary(userId);
            return new MeetingView.PresentRow(userId, person.fullName(), unit.apply(person.unitId()));
        }).toList();
        var perUnit = proceedings.presentPerUnit(id).entrySet().stream()
                .map(e -> new MeetingView.UnitCount(e.getKey() == null ? "—" : unit.apply(e.getKey()), e.getValue()))
                .toList();
        var reportRows = proceedings.reportingUnits(id).stream().map(unitId -> new MeetingView.ReportRow(unitId,
                unit.apply(unitId), reports.findByMeetingIdAndUnitId(id, unitId).map(UnitReportView::of)
                        .orElse(null))).toList();
        var conclusionRows = conclusions.findByMeetingIdOrderByPosition(id).stream().map(c ->
                new MeetingView.ConclusionRow(ConclusionView.of(c), unit.apply(c.getLeadUnitId()),
                        String.join(", ", c.coUnits().stream().map(unit).toList()))).toList();
        var pointList = points.findByMeetingIdOrderByMainDescId(id).stream().map(PointView::of).toList();
        boolean participant = access.participates(user, meeting);
        boolean reportsAsked = meeting.getKind().collectsUnitReports() && !reportRows.isEmpty();
        Long myUnit = reportsAsked && user.unitId() != null
                && reportRows.stream().anyMatch(r -> r.unitId().equals(user.unitId())) ? user.unitId() : null;
        return new MeetingView(MeetingSummary.of(meeting),
                meeting.getRoomId() == null ? null : rooms.findById(meeting.getRoomId()).map(MeetingRoom::getName)
                        .orElse(null),
                name.apply(meeting.getChairId()), name.apply(meeting.getSecretaryId()), invitees, agendaRows,
                materials.findByMeetingIdOrderById(id).stream().map(MaterialView::of).toList(), occurrences, presentRows, perUnit, reportRows,
                conclusionRows, pointList, Conferences.totals(pointList),
                meeting.isOnline() && meeting.getStatus() == MeetingStatus.SCHEDULED ? online.joinUrl(meeting, user)
                        : null,
                meeting.leads(user.id()), participant, present.contains(user.id()), reportsAsked, myUnit);
    }
}
