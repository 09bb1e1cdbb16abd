package vn.eoffice.study.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;

import vn.eoffice.identity.CurrentUser;
import vn.eoffice.platform.ApiController;
import vn.eoffice.study.CommitteeView;
import vn.eoffice.study.ProgrammeFigures;
import vn.eoffice.study.ProgrammeForm;
import vn.eoffice.study.ProgrammeView;
import vn.eoffice.study.ProvinceFigures;
import vn.eoffice.study.StudyExports;
import vn.eoffice.study.StudyFigures;
import vn.eoffice.study.StudyProgrammes;

@ApiController("/api/v1/study")
@Tag(name = "Study", description = "Studying a Party resolution across levels (học tập, quán triệt nghị quyết): the"
        + " programme, its committees and the figures; a committee sees only its own row")
class StudyApiController {

    /** How many Party members a committee expects to study. */
    record Expected(@NotNull(message = "{study.committee.expected.required}")
            @Min(value = 0, message = "{study.committee.expected.invalid}") Integer members) {
    }

    private final StudyProgrammes programmes;
    private final StudyFigures figures;
    private final StudyExports exports;
    private final MessageSource messages;

    StudyApiController(StudyProgrammes programmes, StudyFigures figures, StudyExports exports,
            MessageSource messages) {
        this.programmes = programmes;
        this.figures = figures;
        this.exports = exports;
        this.messages = messages;
    }

    @GetMapping("/programmes")
    @Operation(summary = "The programmes the user sees: his agency's own, then those his committee takes part in")
    List<ProgrammeView> list(@AuthenticationPrincipal CurrentUser user) {
        return programmes.list(user);
    }

    @PostMapping("/programmes")
    @Operation(summary = "Plan a programme (the commission's leaders, heads and officers), drafted, audited")
    ResponseEntity<ProgrammeView> plan(@Valid @RequestBody ProgrammeForm body,
            @AuthenticationPrincipal CurrentUser user) {
        var planned = programmes.plan(user, body);
        return ResponseEntity.created(URI.create("/api/v1/study/programmes/" + planned.id())).body(planned);
    }

    @GetMapping("/programmes/{id}")
    @Operation(summary = "A programme (the organiser's agency and the committees taking part; others: not found)")
    ProgrammeView view(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user) {
        return programmes.view(user, id);
    }

    @PutMapping("/programmes/{id}")
    @Operation(summary = "Change a programme's plan and add committees (the organiser), audited")
    ProgrammeView change(@PathVariable Long id, @Valid @RequestBody ProgrammeForm body,
            @AuthenticationPrincipal CurrentUser user) {
        return programmes.change(user, id, body);
    }

    @PostMapping("/programmes/{id}/open")
    @Operation(summary = "Open a drafted programme to its committees (the organiser), audited")
    ProgrammeView open(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user) {
        return programmes.open(user, id);
    }

    @PostMapping("/programmes/{id}/close")
    @Operation(summary = "Close an open programme: its figures become final (the organiser), audited")
    ProgrammeView close(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user) {
        return programmes.close(user, id);
    }

    @GetMapping("/programmes/{id}/committees")
    @Operation(summary = "The committees of a programme: all for the organiser, his own for a committee")
    List<CommitteeView> committees(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user) {
        return programmes.committees(user, id);
    }

    @GetMapping("/programmes/{id}/action-programmes")
    @Operation(summary = "Where each committee stands with its action programme (due date, sent on, late, items, "
            + "light): all for the organiser, his own for a committee; empty until the programme opens")
    List<vn.eoffice.monitoring.CommitteeProgramme> actionProgrammes(@PathVariable Long id,
            @AuthenticationPrincipal CurrentUser user) {
        return programmes.actionProgrammes(user, id);
    }

    @PutMapping("/programmes/{id}/committees/{committeeId}/expected")
    @Operation(summary = "Set a committee's expected Party members (the organiser, or the committee itself), audited")
    CommitteeView expect(@PathVariable Long id, @PathVariable Long committeeId, @Valid @RequestBody Expected body,
            @AuthenticationPrincipal CurrentUser user) {
        return programmes.expect(user, id, committeeId, body.members());
    }

    @GetMapping("/programmes/{id}/figures")
    @Operation(summary = "A programme's figures per committee and in total (a committee: its own row, no total)")
    ProgrammeFigures figures(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, Locale locale) {
        return figures.programme(user, id, messages.getMessage("study.figures.total", null, locale));
    }

    @GetMapping("/programmes/{id}/figures/export")
    @Operation(summary = "A programme's figures as XLSX, as the reader sees them, audited")
    ResponseEntity<byte[]> xlsx(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, Locale locale) {
        return StudyFiguresController.file(exports.xlsx(user, id, locale), exports.fileName(id, "xlsx"),
                StudyFiguresController.XLSX);
    }

    @GetMapping("/programmes/{id}/report")
    @Operation(summary = "The consolidated report (báo cáo kết quả học tập, quán triệt) as PDF, audited")
    ResponseEntity<byte[]> report(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, Locale locale) {
        return StudyFiguresController.file(exports.report(user, id, locale), exports.fileName(id, "pdf"),
                MediaType.APPLICATION_PDF);
    }

    @GetMapping("/figures")
    @Operation(summary = "The figures of every open programme the user sees (a committee: its own rows only)")
    ProvinceFigures province(@AuthenticationPrincipal CurrentUser user, Locale locale) {
        return figures.province(user, messages.getMessage("study.figures.total", null, locale));
    }
}
