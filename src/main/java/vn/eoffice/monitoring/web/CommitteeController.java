package vn.eoffice.monitoring.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.core.io.InputStreamResource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.validation.Valid;

import vn.eoffice.files.FileDownloads;
import vn.eoffice.files.FileStorage;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.monitoring.ActionProgrammes;
import vn.eoffice.monitoring.CommitteeQueries;
import vn.eoffice.monitoring.CommitteeReportForm;
import vn.eoffice.monitoring.CommitteeReporting;
import vn.eoffice.platform.FormPosts;

/**
 * A monitored document's committees: the committees × periods board with its lights, the choice of committees and
 * the report template, reminders by hand, the action programmes' status, and a committee's report form (written by
 * a hosted committee, recorded by the commission for an external one).
 */
@Controller
@RequestMapping("/monitoring/{id}")
class CommitteeController {

    private final CommitteeReporting reporting;
    private final CommitteeQueries queries;
    private final ActionProgrammes programmes;
    private final ReportUploads uploads;
    private final FileStorage storage;

    CommitteeController(CommitteeReporting reporting, CommitteeQueries queries, ActionProgrammes programmes,
            ReportUploads uploads, FileStorage storage) {
        this.reporting = reporting;
        this.queries = queries;
        this.programmes = programmes;
        this.uploads = uploads;
        this.storage = storage;
    }

    @GetMapping("/committees")
    String board(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        var board = queries.board(user, id);
        model.addAttribute("board", board);
        model.addAttribute("programmes", programmes.status(user, id));
        model.addAttribute("lights", vn.eoffice.monitoring.ProgrammeLight.values());
        model.addAttribute("warnDays", queries.warnDays());
        if (board.manage()) {
            model.addAttribute("candidates", reporting.candidates(user));
            model.addAttribute("chosen", board.rows().stream().map(r -> r.committeeId()).toList());
        }
        model.addAttribute("committeeOfViewer", board.rows().stream()
                .anyMatch(r -> r.committeeId().equals(user.agencyId())) ? user.agencyId() : null);
        return "monitoring/committee-board";
    }

    @PostMapping("/committees")
    String choose(@PathVariable Long id, @RequestParam(name = "committeeIds", required = false) Set<Long> chosen,
            @RequestParam(name = "all", defaultValue = "false") boolean all, @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        return FormPosts.act(redirect, "monitoring.flash.committeesChosen", "/monitoring/" + id + "/committees",
                () -> reporting.chooseCommittees(user, id, all ? reporting.allCommittees(user)
                        : chosen == null ? Set.of() : chosen));
    }

    @PostMapping("/template")
    String template(@PathVariable Long id, @RequestParam(name = "outline", required = false) String outline,
            @RequestParam(name = "file", required = false) MultipartFile file,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        return FormPosts.act(redirect, "monitoring.flash.templateSet", "/monitoring/" + id + "/committees", () -> {
            var stored = uploads.store(user, file == null ? List.of() : List.of(file));
            reporting.setTemplate(user, id, outline, stored.isEmpty() ? null : stored.get(0));
        });
    }

    @GetMapping("/template")
    ResponseEntity<InputStreamResource> templateFile(@PathVariable Long id,
            @AuthenticationPrincipal CurrentUser user) {
        return FileDownloads.send(storage, storage.find(queries.templateFile(user, id)));
    }

    @PostMapping("/committees/{committeeId}/remind")
    String remind(@PathVariable Long id, @PathVariable Long committeeId, @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        String[] how = new String[1];
        String target = FormPosts.act(redirect, "monitoring.flash.reminded.IN_APP", "/monitoring/" + id
                + "/committees", () -> how[0] = reporting.remind(user, id, committeeId));
        if (how[0] != null) {
            redirect.addFlashAttribute(FormPosts.DONE, "monitoring.flash.reminded." + how[0]);
        }
        return target;
    }

    @GetMapping("/committees/{committeeId}/report")
    String reportForm(@PathVariable Long id, @PathVariable Long committeeId,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate period,
            @AuthenticationPrincipal CurrentUser user, Model model) {
        var existing = queries.report(user, id, period, committeeId);
        if (!model.containsAttribute("reportForm")) {
            model.addAttribute("reportForm", existing.map(r -> new CommitteeReportForm(r.done(), r.inProgress(),
                    r.difficulties(), r.proposals(), r.sections().stream().map(s -> s.body()).toList(),
                    r.incomingDocumentId())).orElse(new CommitteeReportForm(null, null, null, null, null, null)));
        }
        model.addAttribute("existing", existing.orElse(null));
        return reportPage(id, committeeId, period, user, model);
    }

    private String reportPage(Long id, Long committeeId, LocalDate period, CurrentUser user, Model model) {
        var board = queries.board(user, id);
        var row = board.rows().stream().filter(r -> r.committeeId().equals(committeeId)).findFirst()
                .orElseThrow(() -> new vn.eoffice.platform.NotFoundException("committee"));
        boolean own = user.agencyId().equals(committeeId);
        model.addAttribute("board", board);
        model.addAttribute("row", row);
        model.addAttribute("period", board.periods().stream().filter(p -> p.start().equals(period)).findFirst()
                .orElseThrow(() -> new vn.eoffice.platform.NotFoundException("period")));
        model.addAttribute("recording", !own);
        // the commission reads a hosted committee's report; it writes only an external one's
        model.addAttribute("writable", own || (board.manage() && !row.hosted()));
        return "monitoring/committee-report";
    }

    @PostMapping("/committees/{committeeId}/report")
    String submit(@PathVariable Long id, @PathVariable Long committeeId,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate period,
            @Valid @ModelAttribute("reportForm") CommitteeReportForm form, BindingResult binding,
            @RequestParam(name = "files", required = false) List<MultipartFile> files,
            @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        return FormPosts.submit(binding, redirect, "monitoring.flash.reported", FIELDS, () -> {
            reporting.submit(user, id, period, committeeId, form, uploads.store(user, files));
            return "/monitoring/" + id + "/committees";
        }, () -> {
            model.addAttribute("existing", null);
            return reportPage(id, committeeId, period, user, model);
        });
    }

    @GetMapping("/committee-reports/{reportId}/files/{fileId}")
    ResponseEntity<InputStreamResource> reportFile(@PathVariable Long id, @PathVariable Long reportId,
            @PathVariable Long fileId, @AuthenticationPrincipal CurrentUser user) {
        return FileDownloads.send(storage, storage.find(queries.reportFile(user, id, reportId, fileId)));
    }

    static final java.util.Map<String, String> FIELDS = java.util.Map.of(
            "monitoring.document.unknown", "incomingDocumentId",
            "monitoring.committeeReport.empty", "done");
}
