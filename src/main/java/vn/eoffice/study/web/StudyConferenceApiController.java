package vn.eoffice.study.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;

import vn.eoffice.identity.CurrentUser;
import vn.eoffice.meetings.ReadinessLine;
import vn.eoffice.platform.ApiController;
import vn.eoffice.study.ConferenceForm;
import vn.eoffice.study.ConferencePage;
import vn.eoffice.study.ConferenceSetup;

@ApiController("/api/v1/study/programmes/{id}/conference")
@Tag(name = "Study conference", description = "A study programme's multi-level online conference: the main point"
        + " and one connection point per committee, each committee running its point's readiness checks")
class StudyConferenceApiController {

    private final ConferenceSetup conferences;

    StudyConferenceApiController(ConferenceSetup conferences) {
        this.conferences = conferences;
    }

    @GetMapping
    @Operation(summary = "The conference's points and their readiness (a committee: its own point)")
    ConferencePage page(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user) {
        return conferences.page(user, id);
    }

    @PostMapping
    @Operation(summary = "Schedule the conference with the main point and one point per committee (the organiser,"
            + " who schedules meetings); each committee's clerk and leaders are told, audited")
    ConferencePage create(@PathVariable Long id, @Valid @RequestBody ConferenceForm body,
            @AuthenticationPrincipal CurrentUser user) {
        return conferences.create(user, id, body);
    }

    @PutMapping("/points/{pointId}/readiness")
    @Operation(summary = "Record a point's readiness checklist: line, sound, picture, room, technician, each OK or"
            + " not with a note (the committee's clerk and leaders, or the organiser), audited")
    ResponseEntity<Void> check(@PathVariable Long id, @PathVariable Long pointId,
            @Valid @RequestBody List<@Valid ReadinessLine> body, @AuthenticationPrincipal CurrentUser user) {
        conferences.check(user, id, pointId, body);
        return ResponseEntity.noContent().build();
    }
}
