package vn.eoffice.people.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

import vn.eoffice.identity.CurrentUser;
import vn.eoffice.people.CourseForm;
import vn.eoffice.people.CourseView;
import vn.eoffice.people.PlanItemForm;
import vn.eoffice.people.PlanSummary;
import vn.eoffice.people.PlanView;
import vn.eoffice.people.TrainingPlans;
import vn.eoffice.people.TrainingRecords;
import vn.eoffice.platform.ApiController;

@ApiController("/api/v1")
@Tag(name = "Training", description = "Courses taken per person and each unit's yearly training plan")
class TrainingApiController {

    private final TrainingPlans plans;
    private final TrainingRecords records;
    private final Choices choices;

    TrainingApiController(TrainingPlans plans, TrainingRecords records, Choices choices) {
        this.plans = plans;
        this.records = records;
        this.choices = choices;
    }

    record DraftBody(@NotNull(message = "{training.unit.required}") Long unitId,
            @NotNull(message = "{training.year.required}") Integer year) {
    }

    record DoneBody(@NotNull(message = "{training.item.courseUnknown}") Long courseId) {
    }

    @GetMapping("/people/{id}/courses")
    @Operation(summary = "Courses a person took (seen like his record; another person's read is audited)")
    List<CourseView> courses(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user) {
        return records.courses(user, id);
    }

    @PostMapping("/people/{id}/courses")
    @Operation(summary = "Record a course taken (the personnel office); certificateFileId: a file the caller uploaded"
            + " through /api/v1/files")
    ResponseEntity<Map<String, Long>> addCourse(@PathVariable Long id, @Valid @RequestBody CourseForm body,
            @AuthenticationPrincipal CurrentUser user) {
        Long course = records.add(user, id, body);
        return ResponseEntity.created(URI.create("/api/v1/people/" + id + "/courses")).body(Map.of("id", course));
    }

    @GetMapping("/training/plans")
    @Operation(summary = "Every unit with its training plan of a year and completion (personnel office, leaders)")
    List<PlanSummary> plans(@RequestParam(required = false) Integer year, @AuthenticationPrincipal CurrentUser user) {
        return plans.plans(user, year == null ? choices.today().getYear() : year);
    }

    @PostMapping("/training/plans")
    @Operation(summary = "Draft a unit's plan of a year from gaps, standards and duties, or bring a draft up to date"
            + " (the personnel office)")
    ResponseEntity<Map<String, Long>> draft(@Valid @RequestBody DraftBody body,
            @AuthenticationPrincipal CurrentUser user) {
        Long id = plans.draft(user, body.unitId(), body.year());
        return ResponseEntity.created(URI.create("/api/v1/training/plans/" + id)).body(Map.of("id", id));
    }

    @GetMapping("/training/plans/{id}")
    @Operation(summary = "A training plan with its items and completion")
    PlanView plan(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user) {
        return plans.plan(user, id);
    }

    @PostMapping("/training/plans/{id}/items")
    @Operation(summary = "Add an item to a draft plan, for a person of its unit (the personnel office)")
    ResponseEntity<Map<String, Long>> addItem(@PathVariable Long id, @Valid @RequestBody PlanItemForm body,
            @AuthenticationPrincipal CurrentUser user) {
        Long item = plans.addItem(user, id, body);
        return ResponseEntity.created(URI.create("/api/v1/training/plans/" + id)).body(Map.of("id", item));
    }

    @DeleteMapping("/training/plans/{id}/items/{itemId}")
    @Operation(summary = "Take an item out of a draft plan (the personnel office)")
    ResponseEntity<Void> removeItem(@PathVariable Long id, @PathVariable Long itemId,
            @AuthenticationPrincipal CurrentUser user) {
        plans.removeItem(user, id, itemId);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/training/plans/{id}/approve")
    @Operation(summary = "Approve a draft plan holding at least one item (the personnel office)")
    ResponseEntity<Void> approve(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user) {
        plans.approve(user, id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/training/plans/{id}/items/{itemId}/done")
    @Operation(summary = "Mark an item of an approved plan done by a course the same person took")
    ResponseEntity<Void> done(@PathVariable Long id, @PathVariable Long itemId, @Valid @RequestBody DoneBody body,
            @AuthenticationPrincipal CurrentUser user) {
        plans.markDone(user, id, itemId, body.courseId());
        return ResponseEntity.noContent().build();
    }
}
