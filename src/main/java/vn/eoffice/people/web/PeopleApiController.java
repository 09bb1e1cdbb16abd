package vn.eoffice.people.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

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
import org.springframework.web.bind.annotation.RequestParam;

import vn.eoffice.identity.CurrentUser;
import vn.eoffice.people.AssignmentForm;
import vn.eoffice.people.CadreForm;
import vn.eoffice.people.CadreProfile;
import vn.eoffice.people.CadreSummary;
import vn.eoffice.people.PeopleManagement;
import vn.eoffice.people.PeopleQueries;
import vn.eoffice.people.PositionDetails;
import vn.eoffice.people.PositionForm;
import vn.eoffice.people.PositionHeldForm;
import vn.eoffice.people.PositionSummary;
import vn.eoffice.platform.ApiController;

@ApiController("/api/v1")
@Tag(name = "People", description = "Cadre records (seen by the person, the personnel office and the leaders), job"
        + " positions with competency frameworks, assignments")
class PeopleApiController {

    private final PeopleManagement management;
    private final PeopleQueries queries;

    PeopleApiController(PeopleManagement management, PeopleQueries queries) {
        this.management = management;
        this.queries = queries;
    }

    @GetMapping("/people")
    @Operation(summary = "Cadres whose name contains q (with or without diacritics), optionally of one unit; an"
            + " officer gets only their own record")
    List<CadreSummary> list(@RequestParam(required = false) String q, @RequestParam(required = false) Long unitId,
            @AuthenticationPrincipal CurrentUser user) {
        return queries.list(user, q, unitId);
    }

    @GetMapping("/people/{id}")
    @Operation(summary = "A whole cadre record with its history of positions held (404 to those who may not see it;"
            + " another person's read is audited)")
    CadreProfile one(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user) {
        return queries.profile(user, id);
    }

    @PostMapping("/people")
    @Operation(summary = "Create a cadre record (the personnel office)")
    ResponseEntity<Map<String, Long>> create(@Valid @RequestBody CadreForm body,
            @AuthenticationPrincipal CurrentUser user) {
        Long id = management.create(user, body);
        return ResponseEntity.created(URI.create("/api/v1/people/" + id)).body(Map.of("id", id));
    }

    @PutMapping("/people/{id}")
    @Operation(summary = "Change a cadre record (the personnel office)")
    ResponseEntity<Void> update(@PathVariable Long id, @RequestParam(required = false) Long version,
            @Valid @RequestBody CadreForm body, @AuthenticationPrincipal CurrentUser user) {
        management.update(user, id, version, body);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/people/{id}/history")
    @Operation(summary = "Record a decision (appointment, transfer, secondment, retirement): the current position"
            + " ends the day before the new one takes effect")
    ResponseEntity<Void> recordPosition(@PathVariable Long id, @Valid @RequestBody PositionHeldForm body,
            @AuthenticationPrincipal CurrentUser user) {
        management.recordPosition(user, id, body);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/positions")
    @Operation(summary = "Job positions of the agency with headcount and people assigned (personnel office, leaders)")
    List<PositionSummary> positions(@AuthenticationPrincipal CurrentUser user) {
        return queries.positions(user);
    }

    @GetMapping("/positions/{id}")
    @Operation(summary = "A job position: standards, competency framework, holders (those below standard flagged)")
    PositionDetails position(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user) {
        return queries.position(user, id);
    }

    @PostMapping("/positions")
    @Operation(summary = "Create a job position of a unit (the personnel office)")
    ResponseEntity<Map<String, Long>> createPosition(@Valid @RequestBody PositionForm body,
            @AuthenticationPrincipal CurrentUser user) {
        Long id = management.createPosition(user, body);
        return ResponseEntity.created(URI.create("/api/v1/positions/" + id)).body(Map.of("id", id));
    }

    @PutMapping("/positions/{id}")
    @Operation(summary = "Change a job position (the personnel office)")
    ResponseEntity<Void> updatePosition(@PathVariable Long id, @Valid @RequestBody PositionForm body,
            @AuthenticationPrincipal CurrentUser user) {
        management.updatePosition(user, id, body);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/positions/{id}/assignments")
    @Operation(summary = "Assign a person to the position, as primary (ending the previous primary) or concurrent")
    ResponseEntity<Void> assign(@PathVariable Long id, @Valid @RequestBody AssignmentForm body,
            @AuthenticationPrincipal CurrentUser user) {
        management.assign(user, id, body);
        return ResponseEntity.noContent().build();
    }
}
