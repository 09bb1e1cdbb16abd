package vn.eoffice.meetings.web;

import java.net.URI;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;

import vn.eoffice.identity.CurrentUser;
import vn.eoffice.meetings.Conferences;
import vn.eoffice.meetings.PointView;
import vn.eoffice.meetings.MeetingManagement;
import vn.eoffice.meetings.TechStatus;
import vn.eoffice.platform.ApiController;

/** Invitations added after scheduling and a multi-point conference's connection points, as on the meeting page. */
@ApiController("/api/v1/meetings/{id}")
@Tag(name = "Meetings")
class ConferenceApiController {

    private final MeetingManagement management;
    private final Conferences conferences;

    ConferenceApiController(MeetingManagement management, Conferences conferences) {
        this.management = management;
        this.conferences = conferences;
    }

    record Invitation(Set<Long> userIds, Set<Long> unitIds, List<@Size(max = 200) String> guestEmails) {
    }

    record NewPoint(Boolean main, Long unitId, @Size(max = 300, message = "{field.tooLong}") String name,
            @Size(max = 300, message = "{field.tooLong}") String location, Long hostId,
            @Min(value = 0, message = "{meeting.point.count.invalid}") Integer expected) {
    }

    record Check(@NotNull TechStatus status) {
    }

    record Attendance(@NotNull(message = "{meeting.point.count.invalid}")
            @Min(value = 0, message = "{meeting.point.count.invalid}") Integer actual) {
    }

    record PointJson(Long id, boolean main, Long unitId, String name, String location, Long hostId, int expected,
            TechStatus techStatus, Integer actual) {

        static PointJson of(PointView p) {
            return new PointJson(p.id(), p.main(), p.unitId(), p.name(), p.location(), p.hostId(), p.expected(),
                    p.techStatus(), p.actual());
        }
    }

    @PostMapping("/invitations")
    @Operation(summary = "Invite more people, whole units or e-mail guests (organisers); they get the invitation")
    ResponseEntity<Void> invite(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @Valid @RequestBody Invitation body) {
        management.invite(user, id, body.userIds() == null ? Set.of() : body.userIds(),
                body.unitIds() == null ? Set.of() : body.unitIds(),
                body.guestEmails() == null ? List.of() : body.guestEmails());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/points")
    @Operation(summary = "The conference's connection points with their checks and attendance (participants)")
    List<PointJson> points(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
        return conferences.points(user, id).stream().map(PointJson::of).toList();
    }

    @PostMapping("/points")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a connection point, the main one or a unit's, with its host (organisers)")
    ResponseEntity<PointJson> addPoint(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @Valid @RequestBody NewPoint body) {
        var point = conferences.addPoint(user, id, Boolean.TRUE.equals(body.main()), body.unitId(), body.name(),
                body.location(), body.hostId(), body.expected() == null ? 0 : body.expected());
        return ResponseEntity.created(URI.create("/api/v1/meetings/" + id + "/points")).body(PointJson.of(point));
    }

    @PostMapping("/points/{pointId}/check")
    @Operation(summary = "Record the technical check of a point (organisers or the point's host)")
    ResponseEntity<Void> check(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @PathVariable Long pointId, @Valid @RequestBody Check body) {
        conferences.check(user, id, pointId, body.status());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/points/{pointId}/attendance")
    @Operation(summary = "Report how many attended at a point (its host or the organisers)")
    ResponseEntity<Void> attendance(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @PathVariable Long pointId, @Valid @RequestBody Attendance body) {
        conferences.reportAttendance(user, id, pointId, body.actual());
        return ResponseEntity.noContent().build();
    }
}
