package vn.eoffice.meetings.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import vn.eoffice.files.FileDownloads;
import vn.eoffice.files.FileStorage;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.meetings.Answer;
import vn.eoffice.meetings.ConclusionView;
import vn.eoffice.meetings.MeetingKind;
import vn.eoffice.meetings.MeetingManagement;
import vn.eoffice.meetings.MeetingPlan;
import vn.eoffice.meetings.MeetingProceedings;
import vn.eoffice.meetings.MeetingQueries;
import vn.eoffice.meetings.MeetingStatus;
import vn.eoffice.meetings.MeetingSummary;
import vn.eoffice.meetings.ParticipantView;
import vn.eoffice.meetings.RoomManagement;
import vn.eoffice.meetings.RoomView;
import vn.eoffice.platform.ApiController;

@ApiController("/api/v1")
@Tag(name = "Meetings", description = "Meetings, rooms, invitations and answers, attendance, conclusions")
class MeetingApiController {

    private final MeetingManagement management;
    private final MeetingProceedings proceedings;
    private final MeetingQueries queries;
    private final RoomManagement rooms;
    private final FileStorage files;

    MeetingApiController(MeetingManagement management, MeetingProceedings proceedings, MeetingQueries queries,
            RoomManagement rooms, FileStorage files) {
        this.management = management;
        this.proceedings = proceedings;
        this.queries = queries;
        this.rooms = rooms;
        this.files = files;
    }

    record MeetingJson(Long id, long version, String title, MeetingKind kind, Long chairId, Long secretaryId,
            Instant startsAt, Instant endsAt, Long roomId, boolean online, String recurrence, MeetingStatus status,
            int sequence, Long noticeDocumentId) {

        static MeetingJson of(MeetingSummary m) {
            return new MeetingJson(m.id(), m.version(), m.title(), m.kind(), m.chairId(), m.secretaryId(),
                    m.startsAt(), m.endsAt(), m.roomId(), m.online(), m.recurrence(), m.status(), m.sequenceNo(),
                    m.noticeDocumentId());
        }
    }

    record NewMeeting(@NotBlank(message = "{meeting.title.required}") @Size(max = 500) String title,
            MeetingKind kind, @NotNull(message = "{meeting.chair.required}") Long chairId, Long secretaryId,
            @NotNull(message = "{meeting.time.required}") Instant startsAt,
            @NotNull(message = "{meeting.time.required}") Instant endsAt, Long roomId, Boolean online,
            @Size(max = 300) String location, @Size(max = 4000) String description, @Size(max = 300) String recurrence,
            Set<Long> userIds, Set<Long> unitIds, List<String> guestEmails, List<MeetingPlan.AgendaLine> agenda) {

        MeetingPlan plan() {
            return new MeetingPlan(title, kind, chairId, secretaryId, startsAt, endsAt, roomId,
                    Boolean.TRUE.equals(online), location, description, recurrence, userIds, unitIds, guestEmails,
                    agenda);
        }
    }

    record ParticipantJson(Long id, Long userId, Long unitId, String email, Answer answer, Long deputyId) {

        static ParticipantJson of(ParticipantView p) {
            return new ParticipantJson(p.id(), p.userId(), p.unitId(), p.email(), p.answer(), p.deputyId());
        }
    }

    record AnswerBody(@NotNull Long participantId, @NotNull(message = "{meeting.answer.required}") Answer answer,
            Long deputyId, @Size(max = 1000) String note) {
    }

    record AttendanceBody(@NotNull Set<Long> userIds) {
    }

    record ConclusionBody(@NotBlank(message = "{meeting.conclusion.content.required}") @Size(max = 4000)
            String content, @NotNull(message = "{meeting.conclusion.lead.required}") Long leadUnitId,
            Set<Long> coUnitIds, @NotNull(message = "{meeting.conclusion.deadline.invalid}") LocalDate deadline) {
    }

    record ConclusionJson(Long id, int position, String content, Long leadUnitId, List<Long> coUnitIds,
            LocalDate deadline, Long taskId) {

        static ConclusionJson of(ConclusionView c) {
            return new ConclusionJson(c.id(), c.position(), c.content(), c.leadUnitId(), c.coUnitIds(), c.deadline(),
                    c.taskId());
        }
    }

    record RoomJson(Long id, String name, String location, int capacity, String equipment, boolean active) {

        static RoomJson of(RoomView r) {
            return new RoomJson(r.id(), r.name(), r.location(), r.capacity(), r.equipment(), r.active());
        }
    }

    record RoomBody(@NotBlank(message = "{meeting.room.name.required}") @Size(max = 200) String name,
            @Size(max = 300) String location, @NotNull(message = "{meeting.room.capacity.invalid}") Integer capacity,
            @Size(max = 1000) String equipment) {
    }

    @GetMapping("/meetings")
    @Operation(summary = "My meetings' occurrences between from and to (default: the next 30 days)")
    List<MeetingJson> list(@RequestParam(required = false) Instant from, @RequestParam(required = false) Instant to,
            @AuthenticationPrincipal CurrentUser user) {
        Instant start = from == null ? Instant.now() : from;
        Instant end = to == null ? start.plus(java.time.Duration.ofDays(30)) : to;
        return queries.mine(user, start, end, false).stream().map(l -> MeetingJson.of(l.meeting())).distinct()
                .toList();
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/meetings")
    @Operation(summary = "Schedule a meeting (leaders, unit heads, clerks); the room is checked for conflicts")
    ResponseEntity<MeetingJson> create(@Valid @RequestBody NewMeeting body, @AuthenticationPrincipal CurrentUser user) {
        var meeting = MeetingJson.of(management.schedule(user, body.plan()));
        return ResponseEntity.created(URI.create("/api/v1/meetings/" + meeting.id())).body(meeting);
    }

    @GetMapping("/meetings/{id}")
    @Operation(summary = "One meeting (participants and leaders only; others get 404)")
    MeetingJson get(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user) {
        return MeetingJson.of(queries.meeting(user, id));
    }

    @PutMapping("/meetings/{id}")
    @Operation(summary = "Change a meeting (organisers); version must be the one read; invitees get an update")
    MeetingJson update(@PathVariable Long id, @RequestParam long version, @Valid @RequestBody NewMeeting body,
            @AuthenticationPrincipal CurrentUser user) {
        return MeetingJson.of(management.reschedule(user, id, version, body.plan()));
    }

    @PostMapping("/meetings/{id}/cancel")
    @Operation(summary = "Cancel a meeting (organisers); invitees get an iCalendar CANCEL")
    ResponseEntity<Void> cancel(@PathVariable Long id, @RequestParam(required = false) String reason,
            @AuthenticationPrincipal CurrentUser user) {
        management.cancel(user, id, reason);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/meetings/{id}/participants")
    @Operation(summary = "Invitees and their answers")
    List<ParticipantJson> participants(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user) {
        return queries.participants(user, id).stream().map(ParticipantJson::of).toList();
    }

    @PostMapping("/meetings/{id}/answers")
    @Operation(summary = "Answer an invitation: ATTEND, DECLINE or DEPUTY (with deputyId)")
    ResponseEntity<Void> answer(@PathVariable Long id, @Valid @RequestBody AnswerBody body,
            @AuthenticationPrincipal CurrentUser user) {
        management.answer(user, id, body.participantId(), body.answer(), body.deputyId(), body.note());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/meetings/{id}/materials/{materialId}")
    @Operation(summary = "Download a material (participants only; others get 404)")
    ResponseEntity<InputStreamResource> material(@PathVariable Long id, @PathVariable Long materialId,
            @AuthenticationPrincipal CurrentUser user) {
        return FileDownloads.send(files, management.material(user, id, materialId));
    }

    @PostMapping("/meetings/{id}/check-in")
    @Operation(summary = "Check in to the meeting")
    ResponseEntity<Void> checkIn(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user) {
        proceedings.checkIn(user, id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/meetings/{id}/attendance")
    @Operation(summary = "Mark people present (organisers)")
    List<Long> attendance(@PathVariable Long id, @Valid @RequestBody AttendanceBody body,
            @AuthenticationPrincipal CurrentUser user) {
        proceedings.markPresent(user, id, body.userIds());
        return proceedings.present(id);
    }

    @GetMapping("/meetings/{id}/conclusions")
    @Operation(summary = "The conclusions and the tasks they became")
    List<ConclusionJson> conclusions(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user) {
        return queries.conclusions(user, id).stream().map(ConclusionJson::of).toList();
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/meetings/{id}/conclusions")
    @Operation(summary = "Record a conclusion (organisers): it becomes a task for the lead unit")
    ResponseEntity<ConclusionJson> conclude(@PathVariable Long id, @Valid @RequestBody ConclusionBody body,
            @AuthenticationPrincipal CurrentUser user) {
        var c = proceedings.conclude(user, id, body.content(), body.leadUnitId(), body.coUnitIds(), body.deadline());
        return ResponseEntity.created(URI.create("/api/v1/meetings/" + id + "/conclusions")).body(ConclusionJson.of(c));
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/meetings/{id}/notice")
    @Operation(summary = "Draft the notice of conclusions as an outgoing document; returns the document id")
    ResponseEntity<Long> notice(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user) {
        Long document = proceedings.releaseNotice(user, id);
        return ResponseEntity.created(URI.create("/api/v1/documents/" + document)).body(document);
    }

    @GetMapping("/meeting-rooms")
    @Operation(summary = "The agency's meeting rooms")
    List<RoomJson> rooms(@AuthenticationPrincipal CurrentUser user) {
        return rooms.rooms(user).stream().map(RoomJson::of).toList();
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/meeting-rooms")
    @Operation(summary = "Add a meeting room (administrators)")
    ResponseEntity<RoomJson> addRoom(@Valid @RequestBody RoomBody body, @AuthenticationPrincipal CurrentUser user) {
        return ResponseEntity.created(URI.create("/api/v1/meeting-rooms")).body(RoomJson.of(rooms.create(user,
                body.name(), body.location(), body.capacity(), body.equipment())));
    }
}
