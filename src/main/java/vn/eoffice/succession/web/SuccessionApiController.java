package vn.eoffice.succession.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

import vn.eoffice.identity.CurrentUser;
import vn.eoffice.platform.ApiController;
import vn.eoffice.succession.ApprovalForm;
import vn.eoffice.succession.Ballots;
import vn.eoffice.succession.CandidateForm;
import vn.eoffice.succession.PlanSummary;
import vn.eoffice.succession.PlanView;
import vn.eoffice.succession.RemovalForm;
import vn.eoffice.succession.SuccessionExports;
import vn.eoffice.succession.SuccessionManagement;
import vn.eoffice.succession.SuccessionQueries;

@ApiController("/api/v1/succession/plans")
@Tag(name = "Succession", description = "Succession plans (quy hoạch cán bộ, Quy định 377-QĐ/TW): the agency's"
        + " leaders and personnel office only; every read audited")
class SuccessionApiController {

    private final SuccessionQueries queries;
    private final SuccessionManagement management;
    private final SuccessionExports exports;

    SuccessionApiController(SuccessionQueries queries, SuccessionManagement management, SuccessionExports exports) {
        this.queries = queries;
        this.management = management;
        this.exports = exports;
    }

    record PlanBody(@NotNull(message = "{succession.form.term.required}") Long termId) {
    }

    @GetMapping
    @Operation(summary = "The agency's plans, latest term first (leaders, personnel office; audited)")
    List<PlanSummary> plans(@AuthenticationPrincipal CurrentUser user) {
        return queries.plans(user);
    }

    @PostMapping
    @Operation(summary = "Draft the plan of a Party term, one per term (personnel office)")
    ResponseEntity<Map<String, Long>> create(@Valid @RequestBody PlanBody body,
            @AuthenticationPrincipal CurrentUser user) {
        Long id = management.create(user, body.termId());
        return ResponseEntity.created(URI.create("/api/v1/succession/plans/" + id)).body(Map.of("id", id));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A plan: candidates by post with the standards they miss, structure, history (audited)")
    PlanView plan(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user) {
        return queries.plan(user, id);
    }

    @PostMapping("/{id}/candidates")
    @Operation(summary = "Add a candidate proposed by a unit, within the 377 limits (personnel office; a reason at a"
            + " yearly review)")
    ResponseEntity<Map<String, Long>> add(@PathVariable Long id, @Valid @RequestBody CandidateForm body,
            @AuthenticationPrincipal CurrentUser user) {
        Long candidate = management.addCandidate(user, id, body);
        return ResponseEntity.created(URI.create("/api/v1/succession/plans/" + id)).body(Map.of("id", candidate));
    }

    @PostMapping("/{id}/candidates/{candidateId}/vote")
    @Operation(summary = "Record the vote that introduced a candidate: ballots issued, valid, in favour")
    ResponseEntity<Void> vote(@PathVariable Long id, @PathVariable Long candidateId,
            @Valid @RequestBody Ballots body, @AuthenticationPrincipal CurrentUser user) {
        management.recordVote(user, id, candidateId, body);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/candidates/{candidateId}/remove")
    @Operation(summary = "Take a candidate out of the plan with the reason (kept in its history)")
    ResponseEntity<Void> remove(@PathVariable Long id, @PathVariable Long candidateId,
            @Valid @RequestBody RemovalForm body, @AuthenticationPrincipal CurrentUser user) {
        management.removeCandidate(user, id, candidateId, body);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/submit")
    @Operation(summary = "Submit a draft to the leadership, who are told (personnel office)")
    ResponseEntity<Void> submit(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user) {
        management.submit(user, id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/approve")
    @Operation(summary = "Approve a submitted plan by the leadership's decision (leaders)")
    ResponseEntity<Void> approve(@PathVariable Long id, @Valid @RequestBody ApprovalForm body,
            @AuthenticationPrincipal CurrentUser user) {
        management.approve(user, id, body);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/return")
    @Operation(summary = "Send a submitted plan back to the personnel office with the reason (leaders)")
    ResponseEntity<Void> sendBack(@PathVariable Long id, @Valid @RequestBody RemovalForm body,
            @AuthenticationPrincipal CurrentUser user) {
        management.sendBack(user, id, body);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/review")
    @Operation(summary = "Record this year's review of an approved plan (personnel office)")
    ResponseEntity<Void> review(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user) {
        management.completeReview(user, id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping(path = "/{id}/export.xlsx", produces = Downloads.XLSX)
    @Operation(summary = "The plan for the organisation commission as a workbook (audited)")
    ResponseEntity<byte[]> xlsx(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, Locale locale) {
        return Downloads.send(exports, user, id, SuccessionExports.Format.XLSX, locale);
    }

    @GetMapping(path = "/{id}/export.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The plan for the organisation commission as a PDF under the letterhead (audited)")
    ResponseEntity<byte[]> pdf(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, Locale locale) {
        return Downloads.send(exports, user, id, SuccessionExports.Format.PDF, locale);
    }
}
