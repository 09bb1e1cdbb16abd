package vn.eoffice.people.web;

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
import org.springframework.web.bind.annotation.RequestParam;

import vn.eoffice.identity.CurrentUser;
import vn.eoffice.people.PeopleExports;
import vn.eoffice.people.PeopleStatistics;

@Controller
class StatisticsController {

    private final PeopleStatistics statistics;
    private final PeopleExports exports;
    private final Choices choices;

    StatisticsController(PeopleStatistics statistics, PeopleExports exports, Choices choices) {
        this.statistics = statistics;
        this.exports = exports;
        this.choices = choices;
    }

    @GetMapping("/people/statistics")
    String page(@RequestParam(required = false) Long unit, @AuthenticationPrincipal CurrentUser user, Model model,
            Locale locale) {
        model.addAttribute("stats", statistics.statistics(user, unit, locale));
        model.addAttribute("unit", unit);
        choices.addUnits(model, user);
        model.addAttribute("mayExport", exports.mayExport(user));
        return "people/statistics";
    }

    @GetMapping({ "/people/statistics.{format}", "/people/export.{format}" })
    ResponseEntity<byte[]> export(@PathVariable String format, @RequestParam(required = false) Long unit,
            @AuthenticationPrincipal CurrentUser user, Locale locale,
            jakarta.servlet.http.HttpServletRequest request) {
        var report = request.getRequestURI().contains("/statistics.") ? PeopleExports.Report.STATISTICS
                : PeopleExports.Report.CADRES;
        return download(exports, user, report, format, unit, locale);
    }

    /** The file as a download, its type by format ("xlsx" or "pdf"); another format is "not found". */
    static ResponseEntity<byte[]> download(PeopleExports exports, CurrentUser user, PeopleExports.Report report,
            String format, Long unit, Locale locale) {
        PeopleExports.Format chosen = switch (format) {
            case "xlsx" -> PeopleExports.Format.XLSX;
            case "pdf" -> PeopleExports.Format.PDF;
            default -> throw new vn.eoffice.platform.NotFoundException("format " + format);
        };
        byte[] file = exports.export(user, report, chosen, unit, locale);
        var type = chosen == PeopleExports.Format.PDF ? MediaType.APPLICATION_PDF : MediaType.parseMediaType(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        return ResponseEntity.ok().contentType(type).header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition
                .attachment().filename(exports.fileName(report, chosen)).build().toString()).body(file);
    }
}
