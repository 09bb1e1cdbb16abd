package vn.eoffice.monitoring.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartFile;

import vn.eoffice.identity.CurrentUser;
import vn.eoffice.monitoring.ConsolidatedReports;
import vn.eoffice.monitoring.ItemForm;
import vn.eoffice.monitoring.MonitoredDocumentForm;
import vn.eoffice.monitoring.MonitoredDocumentSummary;
import vn.eoffice.monitoring.MonitoringManagement;
import vn.eoffice.monitoring.MonitoringQueries;
import vn.eoffice.monitoring.MonitoringViews;
import vn.eoffice.monitoring.RecommendationForm;
import vn.eoffice.monitoring.ReportForm;
import vn.eoffice.monitoring.SupervisionForm;
import vn.eoffice.monitoring.UnitReportView;
import vn.eoffice.platform.ApiController;

@ApiController("/api/v1/monitoring")
@Tag(name = "Monitoring", description = "Monitored Party documents, implementation plans, periodic unit reports,"
        + " consolidated reports and supervision plans")
class MonitoringApiController {

    private final MonitoringManagement management;
    private final MonitoringQueries queries;
    private final ConsolidatedReports consolidated;
    private final ReportUploads uploads;

    MonitoringApiController(MonitoringManagement management, MonitoringQueries queries,
            ConsolidatedReports consolidated, ReportUploads uploads) {
        this.management = management;
        this.queries = queries;
        this.consolidated = consolidated;
        this.uploads = uploads;
    }

    @GetMapping("/documents")
    @Operation(summary = "Monitored documents of the agency with task counts, traffic light and overdue reports")
    List<MonitoringViews.Row> list(@AuthenticationPrincipal CurrentUser user) {
        return queries.list(user);
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/documents")
    @Operation(summary = "Register a document to monitor (leaders; a unit's head or officer for their unit)")
    ResponseEntity<MonitoredDocumentSummary> register(@Valid @RequestBody MonitoredDocumentForm body,
            @AuthenticationPrincipal CurrentUser user) {
        var created = management.register(user, body);
        return ResponseEntity.created(URI.create("/api/v1/monitoring/documents/" + created.id())).body(created);
    }

    @GetMapping("/documents/{id}")
    @Operation(summary = "A document's plan items with their tasks, reporting periods (who has and has not reported)"
            + " and supervision plans")
    MonitoringViews.Details details(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user) {
        return queries.details(user, id);
    }

    @PostMapping("/documents/{id}/items")
    @Operation(summary = "Add a plan item; it is given as a task to the lead and co-processing units")
    Map<String, Long> addItem(@PathVariable Long id, @Valid @RequestBody ItemForm body,
            @AuthenticationPrincipal CurrentUser user) {
        return Map.of("id", management.addItem(user, id, body));
    }

    @PostMapping(path = "/documents/{id}/periods/{start}/reports/{unitId}",
            consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "A unit's report for the period starting on {start} (its head or officers)")
    UnitReportView report(@PathVariable Long id,
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate start,
            @PathVariable Long unitId, @Valid @RequestBody ReportForm body, @AuthenticationPrincipal CurrentUser user) {
        return management.submitReport(user, id, start, unitId, body, List.of());
    }

    @PostMapping(path = "/documents/{id}/periods/{start}/reports/{unitId}",
            consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "The same with files (multipart: done, inProgress, difficulties, proposals, files)")
    UnitReportView reportWithFiles(@PathVariable Long id,
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate start,
            @PathVariable Long unitId, @Valid @ModelAttribute ReportForm body,
            @RequestParam(name = "files", required = false) List<MultipartFile> files,
            @AuthenticationPrincipal CurrentUser user) {
        return management.submitReport(user, id, start, unitId, body, uploads.store(user, files));
    }

    @GetMapping("/documents/{id}/periods/{start}/consolidated.docx")
    @Operation(summary = "The consolidated report of a period as DOCX (the document's managers)")
    ResponseEntity<byte[]> consolidated(@PathVariable Long id,
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate start,
            @AuthenticationPrincipal CurrentUser user, Locale locale) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(consolidated.fileName(id, start)).build().toString())
                .body(consolidated.docx(user, id, start, locale));
    }

    @PostMapping("/documents/{id}/supervisions")
    @Operation(summary = "Plan an inspection or supervision: units checked, team, schedule")
    Map<String, Long> planSupervision(@PathVariable Long id, @Valid @RequestBody SupervisionForm body,
            @AuthenticationPrincipal CurrentUser user) {
        return Map.of("id", management.planSupervision(user, id, body));
    }

    record Findings(String findings) {
    }

    @PostMapping("/supervisions/{planId}/findings")
    @Operation(summary = "Record the findings of a supervision plan")
    ResponseEntity<Void> findings(@PathVariable Long planId, @RequestBody Findings body,
            @AuthenticationPrincipal CurrentUser user) {
        management.recordFindings(user, planId, body.findings());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/supervisions/{planId}/recommendations")
    @Operation(summary = "Give a recommendation to a checked unit; it becomes a task for that unit")
    Map<String, Long> recommend(@PathVariable Long planId, @Valid @RequestBody RecommendationForm body,
            @AuthenticationPrincipal CurrentUser user) {
        return Map.of("id", management.recommend(user, planId, body));
    }
}
