package vn.eoffice.documents.web;

import java.time.LocalDate;

import org.springframework.data.domain.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.eoffice.documents.exports.ExportFile;
import vn.eoffice.documents.exports.ExportFormat;
import vn.eoffice.documents.exports.RegisterExport;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.platform.DomainException;

/**
 * Clerks and leaders print a register: choose the register and the period, preview it page by page, export it.
 */
@Controller
@RequestMapping("/documents/registers")
class RegisterExportController {

    private static final int PAGE_SIZE = 25;

    private final RegisterExport exports;

    RegisterExportController(RegisterExport exports) {
        this.exports = exports;
    }

    @GetMapping
    String page(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long registerId,
            @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to,
            @RequestParam(defaultValue = "0") int page,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        if (!RegisterExport.mayPrint(user)) {
            throw new AccessDeniedException("registers");
        }
        var registers = exports.printable(user);
        Long selected = registerId != null ? registerId : registers.isEmpty() ? null : registers.get(0).getId();
        model.addAttribute("registers", registers);
        model.addAttribute("registerId", selected);
        try {
            var period = exports.period(from, to);
            model.addAttribute("from", period.from());
            model.addAttribute("to", period.to());
            if (selected != null) {
                model.addAttribute("preview", exports.preview(user, selected, period.from(), period.to(),
                        PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
            }
        } catch (DomainException e) {
            model.addAttribute("from", from);
            model.addAttribute("to", to);
            model.addAttribute("formError", e);
        }
        return htmx != null ? "documents/casefiles/register-export :: preview" : "documents/casefiles/register-export";
    }

    @GetMapping("/{id}/export")
    ResponseEntity<byte[]> export(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @RequestParam(defaultValue = "pdf") String format,
            @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to) {
        return download(exports.export(user, id, from, to, ExportFormat.parse(format)));
    }

    /** The exported file as an attachment (shared with the case file and API controllers). */
    static ResponseEntity<byte[]> download(ExportFile file) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file.fileName()).build().toString())
                .contentType(MediaType.parseMediaType(file.contentType()))
                .body(file.content());
    }
}
