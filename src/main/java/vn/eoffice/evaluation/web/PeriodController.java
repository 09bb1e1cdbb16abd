package vn.eoffice.evaluation.web;

import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.eoffice.evaluation.EvaluationExports;
import vn.eoffice.evaluation.EvaluationManagement;
import vn.eoffice.evaluation.EvaluationQueries;
import vn.eoffice.evaluation.Rating;
import vn.eoffice.identity.Candidates;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.platform.FormPosts;

/** A period's results for a unit or the agency: rows, distribution against the quota, publication, files. */
@Controller
@RequestMapping("/evaluation/periods/{id}")
class PeriodController {

    private final EvaluationQueries queries;
    private final EvaluationManagement management;
    private final EvaluationExports exports;
    private final Candidates candidates;

    PeriodController(EvaluationQueries queries, EvaluationManagement management, EvaluationExports exports,
            Candidates candidates) {
        this.queries = queries;
        this.management = management;
        this.exports = exports;
        this.candidates = candidates;
    }

    @GetMapping
    String report(@PathVariable Long id, @RequestParam(required = false) Long unit,
            @AuthenticationPrincipal CurrentUser user, Model model) {
        var report = queries.report(user, id, unit);
        model.addAttribute("report", report);
        model.addAttribute("ratings", Rating.values());
        model.addAttribute("units", candidates.units(user.agencyId()));
        model.addAttribute("chosenUnit", report.unitId() == null ? java.util.List.of()
                : java.util.List.of(String.valueOf(report.unitId())));
        return "evaluation/period";
    }

    @PostMapping("/publish")
    String publish(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        return FormPosts.act(redirect, "evaluation.flash.published", "/evaluation/periods/" + id,
                () -> management.publish(user, id));
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export(@PathVariable Long id, @RequestParam(required = false) Long unit,
            @RequestParam(defaultValue = "XLSX") EvaluationExports.Format format,
            @AuthenticationPrincipal CurrentUser user, Locale locale) {
        return file(exports.export(user, id, unit, format, locale), exports.fileName(id, format), format);
    }

    static ResponseEntity<byte[]> file(byte[] content, String name, EvaluationExports.Format format) {
        var type = format == EvaluationExports.Format.PDF ? MediaType.APPLICATION_PDF : MediaType.parseMediaType(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        return ResponseEntity.ok().contentType(type).header(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(name).build().toString()).body(content);
    }
}
