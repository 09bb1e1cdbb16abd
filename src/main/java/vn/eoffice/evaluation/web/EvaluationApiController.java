package vn.eoffice.evaluation.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
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

import vn.eoffice.evaluation.CollectiveMeeting;
import vn.eoffice.evaluation.Decision;
import vn.eoffice.evaluation.EvaluationExports;
import vn.eoffice.evaluation.EvaluationManagement;
import vn.eoffice.evaluation.EvaluationQueries;
import vn.eoffice.evaluation.EvaluationYears;
import vn.eoffice.evaluation.PeriodForm;
import vn.eoffice.evaluation.PeriodReport;
import vn.eoffice.evaluation.PeriodView;
import vn.eoffice.evaluation.Proposal;
import vn.eoffice.evaluation.SelfAssessment;
import vn.eoffice.evaluation.SheetPage;
import vn.eoffice.evaluation.SheetRow;
import vn.eoffice.evaluation.TaskLine;
import vn.eoffice.evaluation.YearExports;
import vn.eoffice.evaluation.YearResult;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.platform.ApiController;

@ApiController("/api/v1/evaluation")
@Tag(name = "Evaluation", description = "Rating of civil servants (Nghị định 335/2025) and Party members (Quy định"
        + " 366-QĐ/TW) from task results: self-assessment, proposal, collective meeting, decision within the quota")
class EvaluationApiController {

    private final EvaluationQueries queries;
    private final EvaluationManagement management;
    private final EvaluationExports exports;
    private final EvaluationYears years;
    private final YearExports yearExports;
    private final vn.eoffice.evaluation.MeetingMinutes minutes;
    private final vn.eoffice.files.FileStorage storage;

    EvaluationApiController(EvaluationQueries queries, EvaluationManagement management, EvaluationExports exports,
            EvaluationYears years, YearExports yearExports, vn.eoffice.evaluation.MeetingMinutes minutes,
            vn.eoffice.files.FileStorage storage) {
        this.minutes = minutes;
        this.storage = storage;
        this.years = years;
        this.yearExports = yearExports;
        this.queries = queries;
        this.management = management;
        this.exports = exports;
    }

    @GetMapping("/periods")
    @Operation(summary = "The agency's evaluation periods, newest first")
    List<PeriodView> periods(@AuthenticationPrincipal CurrentUser user) {
        return queries.periods(user);
    }

    @PostMapping("/periods")
    @Operation(summary = "Open a period (personnel office or leaders): every member of staff gets a sheet to fill")
    ResponseEntity<Map<String, Long>> open(@Valid @RequestBody PeriodForm body,
            @AuthenticationPrincipal CurrentUser user) {
        Long id = management.open(user, body);
        return ResponseEntity.created(URI.create("/api/v1/evaluation/periods/" + id)).body(Map.of("id", id));
    }

    @GetMapping("/periods/{id}/results")
    @Operation(summary = "A period's results for a unit or the agency with the distribution and quotas (leaders and"
            + " personnel office: any; a unit head: his unit), audited")
    PeriodReport results(@PathVariable Long id, @RequestParam(required = false) Long unitId,
            @AuthenticationPrincipal CurrentUser user) {
        return queries.report(user, id, unitId);
    }

    @PostMapping("/periods/{id}/publish")
    @Operation(summary = "Publish the period's decided ratings (leaders); each person is told")
    Map<String, Integer> publish(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user) {
        return Map.of("published", management.publish(user, id));
    }

    @GetMapping("/periods/{id}/export")
    @Operation(summary = "The period's results as XLSX or PDF (STT, Họ và tên, Chức vụ, Đơn vị, Tự đánh giá, Đề xuất,"
            + " Tập thể, Quyết định xếp loại, Điểm), to those who read the results")
    ResponseEntity<byte[]> export(@PathVariable Long id, @RequestParam(required = false) Long unitId,
            @RequestParam(defaultValue = "XLSX") EvaluationExports.Format format,
            @AuthenticationPrincipal CurrentUser user, Locale locale) {
        return PeriodController.file(exports.export(user, id, unitId, format, locale), exports.fileName(id, format),
                format);
    }

    @GetMapping("/sheets/waiting")
    @Operation(summary = "Sheets waiting for the caller's step")
    List<SheetRow> waiting(@AuthenticationPrincipal CurrentUser user) {
        return queries.waiting(user);
    }

    @GetMapping("/people/{userId}/sheets")
    @Operation(summary = "A person's sheets, newest first (himself, his unit head, leaders, personnel office)")
    List<SheetRow> history(@PathVariable Long userId, @AuthenticationPrincipal CurrentUser user) {
        return queries.history(user, userId);
    }

    @GetMapping("/people/{userId}/years/{year}")
    @Operation(summary = "A person's year from its periods (ND 335/2025): each period's decided points and rating,"
            + " the average and the year's rating")
    YearResult year(@PathVariable Long userId, @PathVariable int year, @AuthenticationPrincipal CurrentUser user) {
        return years.year(user, userId, year);
    }

    @GetMapping("/people/{userId}/years/{year}/export")
    @Operation(summary = "A person's year as XLSX (each period, then the year's average and rating)")
    ResponseEntity<byte[]> exportYear(@PathVariable Long userId, @PathVariable int year,
            @AuthenticationPrincipal CurrentUser user, Locale locale) {
        return PeriodController.file(yearExports.xlsx(user, userId, year, locale), yearExports.fileName(userId, year),
                EvaluationExports.Format.XLSX);
    }

    @GetMapping("/sheets/{id}/minutes")
    @Operation(summary = "The collective meeting's minutes file of a sheet, to whoever may view the sheet")
    ResponseEntity<org.springframework.core.io.InputStreamResource> minutes(@PathVariable Long id,
            @AuthenticationPrincipal CurrentUser user) {
        return vn.eoffice.files.FileDownloads.send(storage, minutes.file(user, id));
    }

    @GetMapping("/sheets/{id}")
    @Operation(summary = "One sheet with its computed figures (404 to those who may not see it; audited)")
    SheetPage sheet(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user) {
        return queries.sheet(user, id);
    }

    @GetMapping("/sheets/{id}/tasks")
    @Operation(summary = "The tasks behind a sheet's figures: weight, quality failures, delays and points of each")
    List<TaskLine> tasks(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user) {
        return queries.lines(user, id);
    }

    @PostMapping("/sheets/{id}/self")
    @Operation(summary = "The person's self-assessment (general criteria 0–30, rating asked, account)")
    ResponseEntity<Void> self(@PathVariable Long id, @Valid @RequestBody SelfAssessment body,
            @AuthenticationPrincipal CurrentUser user) {
        return done(() -> management.assessSelf(user, id, body));
    }

    @PostMapping("/sheets/{id}/proposal")
    @Operation(summary = "The unit head's proposal (the leaders' for a unit head): general criteria, disqualifiers,"
            + " organising ability of a leader, rating proposed")
    ResponseEntity<Void> propose(@PathVariable Long id, @Valid @RequestBody Proposal body,
            @AuthenticationPrincipal CurrentUser user) {
        return done(() -> management.propose(user, id, body));
    }

    @PostMapping("/sheets/{id}/meeting")
    @Operation(summary = "The unit's collective meeting: date, minutes, votes present/agree/disagree, rating")
    ResponseEntity<Void> meeting(@PathVariable Long id, @Valid @RequestBody CollectiveMeeting body,
            @AuthenticationPrincipal CurrentUser user) {
        return done(() -> management.recordMeeting(user, id, body));
    }

    @PostMapping("/sheets/{id}/decision")
    @Operation(summary = "A leader's decision: no better than computed, a lower one with a note, within the 20% quota")
    ResponseEntity<Void> decide(@PathVariable Long id, @Valid @RequestBody Decision body,
            @AuthenticationPrincipal CurrentUser user) {
        return done(() -> management.decide(user, id, body));
    }

    private static ResponseEntity<Void> done(Runnable step) {
        step.run();
        return ResponseEntity.noContent().build();
    }
}
