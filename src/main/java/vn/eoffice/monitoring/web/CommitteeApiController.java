package vn.eoffice.monitoring.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import vn.eoffice.identity.CurrentUser;
import vn.eoffice.monitoring.ActionProgrammeForm;
import vn.eoffice.monitoring.ActionProgrammeRequest;
import vn.eoffice.monitoring.ActionProgrammes;
import vn.eoffice.monitoring.CommitteeExports;
import vn.eoffice.monitoring.CommitteeProgramme;
import vn.eoffice.monitoring.CommitteeQueries;
import vn.eoffice.monitoring.CommitteeReportForm;
import vn.eoffice.monitoring.CommitteeReportView;
import vn.eoffice.monitoring.CommitteeReporting;
import vn.eoffice.monitoring.CommitteeViews;
import vn.eoffice.monitoring.ProgrammeLight;
import vn.eoffice.organization.AgencySummary;
import vn.eoffice.platform.ApiController;

@ApiController("/api/v1/monitoring")
@Tag(name = "Monitoring committees", description = "Party committees under the province reporting on monitored"
        + " documents (lights, overdue list, reminders) and their action programmes")
class CommitteeApiController {

    /** The committees chosen, or all commune and ward committees in force. */
    record Committees(Set<Long> committeeIds, Boolean all) {
    }

    /** The report template's outline: numbered headings, one a line. */
    record Template(@Size(max = 4000) String outline) {
    }

    /** Action programmes asked on a monitored document. */
    record Require(Set<Long> committeeIds, Boolean all, LocalDate dueOn) {
    }

    private final CommitteeReporting reporting;
    private final CommitteeQueries queries;
    private final CommitteeExports exports;
    private final ActionProgrammes programmes;
    private final ReportUploads uploads;

    CommitteeApiController(CommitteeReporting reporting, CommitteeQueries queries, CommitteeExports exports,
            ActionProgrammes programmes, ReportUploads uploads) {
        this.reporting = reporting;
        this.queries = queries;
        this.exports = exports;
        this.programmes = programmes;
        this.uploads = uploads;
    }

    @GetMapping("/committees")
    @Operation(summary = "Province view: each committee's light for its current period on every document in force,"
            + " and the overdue list (a committee sees its own lines only)")
    CommitteeViews.Province province(@RequestParam(required = false) Long committee,
            @RequestParam(required = false) ProgrammeLight light, @AuthenticationPrincipal CurrentUser user) {
        return queries.province(user, committee, light);
    }

    @GetMapping("/committees/export.xlsx")
    @Operation(summary = "The province view as XLSX, with the same filters")
    ResponseEntity<byte[]> export(@RequestParam(required = false) Long committee,
            @RequestParam(required = false) ProgrammeLight light, @AuthenticationPrincipal CurrentUser user,
            Locale locale) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(ProvinceController.XLSX))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("cap-uy-bao-cao.xlsx").build().toString())
                .body(exports.xlsx(user, committee, light, locale));
    }

    @GetMapping("/committees/candidates")
    @Operation(summary = "The Party committees and bodies under the province that may be chosen to report")
    List<AgencySummary> candidates(@AuthenticationPrincipal CurrentUser user) {
        return reporting.candidates(user);
    }

    @GetMapping("/documents/{id}/committees")
    @Operation(summary = "A document's committees × periods board with lights and counts")
    CommitteeViews.Board board(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user) {
        return queries.board(user, id);
    }

    @PutMapping("/documents/{id}/committees")
    @Operation(summary = "Choose the committees that report on the document (the document's managers)")
    ResponseEntity<Void> choose(@PathVariable Long id, @RequestBody Committees body,
            @AuthenticationPrincipal CurrentUser user) {
        reporting.chooseCommittees(user, id, Boolean.TRUE.equals(body.all()) ? reporting.allCommittees(user)
                : body.committeeIds());
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/documents/{id}/template")
    @Operation(summary = "Set the report template's outline (the template file is uploaded on the page)")
    ResponseEntity<Void> template(@PathVariable Long id, @Valid @RequestBody Template body,
            @AuthenticationPrincipal CurrentUser user) {
        reporting.setTemplate(user, id, body.outline(), null);
        return ResponseEntity.noContent().build();
    }

    @PostMapping(path = "/documents/{id}/committees/{committeeId}/periods/{start}/report",
            consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "A hosted committee's report for a period (its clerk, leaders, unit heads); for an external"
            + " committee the commission records it from an incoming document")
    CommitteeReportView report(@PathVariable Long id, @PathVariable Long committeeId,
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate start,
            @Valid @RequestBody CommitteeReportForm body, @AuthenticationPrincipal CurrentUser user) {
        return reporting.submit(user, id, start, committeeId, body, List.of());
    }

    @PostMapping(path = "/documents/{id}/committees/{committeeId}/periods/{start}/report",
            consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "The same with files (multipart: done, inProgress, difficulties, proposals, sections,"
            + " incomingDocumentId, files)")
    CommitteeReportView reportWithFiles(@PathVariable Long id, @PathVariable Long committeeId,
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate start,
            @Valid @ModelAttribute CommitteeReportForm body,
            @RequestParam(name = "files", required = false) List<MultipartFile> files,
            @AuthenticationPrincipal CurrentUser user) {
        return reporting.submit(user, id, start, committeeId, body, uploads.store(user, files));
    }

    @PostMapping("/documents/{id}/committees/{committeeId}/reminders")
    @Operation(summary = "Remind a late committee by hand: IN_APP (hosted), EMAIL (external with an address) or"
            + " PHONE (to chase by telephone or letter)")
    Map<String, String> remind(@PathVariable Long id, @PathVariable Long committeeId,
            @AuthenticationPrincipal CurrentUser user) {
        return Map.of("how", reporting.remind(user, id, committeeId));
    }

    @PostMapping("/programmes")
    @Operation(summary = "Ask committees for their action programmes on a resolution (registered if new)")
    ResponseEntity<Map<String, Long>> require(@RequestBody ActionProgrammeRequest body,
            @AuthenticationPrincipal CurrentUser user) {
        Long id = programmes.require(user, body);
        return ResponseEntity.created(URI.create("/api/v1/monitoring/documents/" + id)).body(Map.of("id", id));
    }

    @PostMapping("/documents/{id}/programmes")
    @Operation(summary = "Ask committees for their action programmes on this monitored document by a day")
    ResponseEntity<Void> requireOn(@PathVariable Long id, @RequestBody Require body,
            @AuthenticationPrincipal CurrentUser user) {
        programmes.require(user, id, Boolean.TRUE.equals(body.all()) ? reporting.allCommittees(user)
                : body.committeeIds(), body.dueOn());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/documents/{id}/programmes")
    @Operation(summary = "Where each committee stands with its action programme (a committee sees its own line)")
    List<CommitteeProgramme> programmes(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user) {
        return programmes.status(user, id);
    }

    @PostMapping("/documents/{id}/programmes/{committeeId}")
    @Operation(summary = "A committee submits its action programme; it becomes a monitored plan of its own")
    ResponseEntity<Map<String, Long>> submit(@PathVariable Long id, @PathVariable Long committeeId,
            @Valid @RequestBody ActionProgrammeForm body, @AuthenticationPrincipal CurrentUser user) {
        Long plan = programmes.submit(user, id, committeeId, body, List.of());
        return ResponseEntity.created(URI.create("/api/v1/monitoring/documents/" + plan)).body(Map.of("id", plan));
    }
}
