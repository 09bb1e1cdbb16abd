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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

import vn.eoffice.identity.CurrentUser;
import vn.eoffice.people.AssessmentSheet;
import vn.eoffice.people.AssessmentView;
import vn.eoffice.people.CompetencyAssessments;
import vn.eoffice.people.CompetencyGaps;
import vn.eoffice.people.GapReport;
import vn.eoffice.people.ReviewForm;
import vn.eoffice.people.SelfAssessmentForm;
import vn.eoffice.platform.ApiController;

@ApiController("/api/v1/competency")
@Tag(name = "Competency", description = "Yearly competency self-assessment, its review by the unit head, and the gap"
        + " report (required against reviewed level)")
class AssessmentApiController {

    private final CompetencyAssessments assessments;
    private final CompetencyGaps gaps;

    AssessmentApiController(CompetencyAssessments assessments, CompetencyGaps gaps) {
        this.assessments = assessments;
        this.gaps = gaps;
    }

    @GetMapping("/assessments/mine")
    @Operation(summary = "The caller's own sheet of a year (default: this year): his primary position's framework and"
            + " what he sent")
    AssessmentSheet mine(@RequestParam(required = false) Integer year, @AuthenticationPrincipal CurrentUser user) {
        return assessments.sheet(user, year);
    }

    @PostMapping("/assessments")
    @Operation(summary = "Send the caller's self-assessment of this year or the last (one level 1–5 per competency,"
            + " in framework order); his unit head is asked to review it")
    ResponseEntity<Map<String, Long>> submit(@Valid @RequestBody SelfAssessmentForm body,
            @AuthenticationPrincipal CurrentUser user) {
        Long id = assessments.submit(user, body);
        return ResponseEntity.created(URI.create("/api/v1/competency/assessments/" + id)).body(Map.of("id", id));
    }

    @GetMapping("/assessments/{id}")
    @Operation(summary = "One assessment (the person, his unit head, the personnel office, the leaders; 404 to others;"
            + " another person's read is audited)")
    AssessmentView one(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user) {
        return assessments.view(user, id);
    }

    @PostMapping("/assessments/{id}/review")
    @Operation(summary = "Review an assessment (head of the person's unit, or leaders for a unit head; never one's"
            + " own): levels set or confirmed are final")
    ResponseEntity<Void> review(@PathVariable Long id, @Valid @RequestBody ReviewForm body,
            @AuthenticationPrincipal CurrentUser user) {
        assessments.review(user, id, body);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/reviews")
    @Operation(summary = "Assessments waiting for the caller's review, oldest first")
    List<AssessmentView> reviews(@AuthenticationPrincipal CurrentUser user) {
        return assessments.toReview(user);
    }

    @GetMapping("/gaps")
    @Operation(summary = "Gap report of a year by unit, position and person (personnel office and leaders: every"
            + " unit; a unit head: his own)")
    GapReport report(@RequestParam(required = false) Integer year, @RequestParam(required = false) Long unitId,
            @AuthenticationPrincipal CurrentUser user) {
        return gaps.report(user, year == null ? assessments.currentYear() : year, unitId);
    }
}
