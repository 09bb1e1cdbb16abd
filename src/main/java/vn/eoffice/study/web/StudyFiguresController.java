package vn.eoffice.study.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

import vn.eoffice.identity.CurrentUser;
import vn.eoffice.study.StudyExports;
import vn.eoffice.study.StudyFigures;

/** The figures of a programme and of the whole province, with the spreadsheet and the consolidated report. */
@Controller
@RequestMapping("/study")
class StudyFiguresController {

    static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final StudyFigures figures;
    private final StudyExports exports;
    private final MessageSource messages;

    StudyFiguresController(StudyFigures figures, StudyExports exports, MessageSource messages) {
        this.figures = figures;
        this.exports = exports;
        this.messages = messages;
    }

    @GetMapping("/programmes/{id}/figures")
    String programme(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, Locale locale, Model model) {
        model.addAttribute("figures", figures.programme(user, id, total(locale)));
        return "study/figures";
    }

    @GetMapping("/figures")
    String province(@AuthenticationPrincipal CurrentUser user, Locale locale, Model model) {
        model.addAttribute("province", figures.province(user, total(locale)));
        return "study/province";
    }

    @GetMapping("/programmes/{id}/figures.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, Locale locale) {
        return file(exports.xlsx(user, id, locale), exports.fileName(id, "xlsx"), XLSX);
    }

    @GetMapping("/programmes/{id}/report.pdf")
    ResponseEntity<byte[]> report(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, Locale locale) {
        return file(exports.report(user, id, locale), exports.fileName(id, "pdf"), MediaType.APPLICATION_PDF);
    }

    private String total(Locale locale) {
        return messages.getMessage("study.figures.total", null, locale);
    }

    static ResponseEntity<byte[]> file(byte[] content, String name, MediaType type) {
        return ResponseEntity.ok().contentType(type).header(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(name).build().toString()).body(content);
    }
}
