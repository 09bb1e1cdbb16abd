package vn.eoffice.people.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.eoffice.identity.CurrentUser;
import vn.eoffice.people.PeopleImport;
import vn.eoffice.people.PeopleQueries;
import vn.eoffice.platform.DomainException;
import vn.eoffice.platform.FormPosts;

/**
 * The import page: download the template, upload a list, read the per-row report, confirm. The file waits in the
 * session between the preview and the confirmation (so it survives a cluster's other node with JDBC sessions).
 */
@Controller
@RequestMapping("/people/import")
class ImportController {

    private static final String STAGED = "people.import.staged";

    record Staged(PeopleImport.Kind kind, String fileName, byte[] bytes) implements java.io.Serializable {
    }

    private final PeopleImport imports;
    private final PeopleQueries queries;

    ImportController(PeopleImport imports, PeopleQueries queries) {
        this.imports = imports;
        this.queries = queries;
    }

    @GetMapping
    String page(@RequestParam(defaultValue = "PEOPLE") PeopleImport.Kind kind,
            @AuthenticationPrincipal CurrentUser user, Model model) {
        if (!queries.mayKeep(user)) {
            throw new org.springframework.security.access.AccessDeniedException("denied");
        }
        model.addAttribute("kind", kind);
        model.addAttribute("kinds", PeopleImport.Kind.values());
        return "people/import";
    }

    @GetMapping("/template.xlsx")
    ResponseEntity<byte[]> template(@RequestParam(defaultValue = "PEOPLE") PeopleImport.Kind kind,
            @AuthenticationPrincipal CurrentUser user, Locale locale) {
        return template(imports, user, kind, locale);
    }

    static ResponseEntity<byte[]> template(PeopleImport imports, CurrentUser user, PeopleImport.Kind kind,
            Locale locale) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(
                        kind == PeopleImport.Kind.PEOPLE ? "mau-nhap-can-bo.xlsx" : "mau-nhap-vi-tri-viec-lam.xlsx")
                        .build().toString()).body(imports.template(user, kind, locale));
    }

    @PostMapping("/preview")
    String preview(@RequestParam(defaultValue = "PEOPLE") PeopleImport.Kind kind,
            @RequestParam(required = false) MultipartFile file, @AuthenticationPrincipal CurrentUser user,
            Model model, HttpSession session, HttpServletResponse response, Locale locale) throws IOException {
        page(kind, user, model);
        session.removeAttribute(STAGED);
        try {
            byte[] bytes = file == null ? new byte[0] : file.getBytes();
            String name = file == null ? null : file.getOriginalFilename();
            var report = imports.preview(user, kind, bytes, name, locale);
            model.addAttribute("report", report);
            model.addAttribute("fileName", name);
            if (report.validCount() > 0) {
                session.setAttribute(STAGED, new Staged(kind, name, bytes));
            }
        } catch (DomainException e) {
            model.addAttribute("importError", e);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        return "people/import";
    }

    @PostMapping("/confirm")
    String confirm(@RequestParam int expected, @AuthenticationPrincipal CurrentUser user, Model model,
            HttpSession session, RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
        if (!(session.getAttribute(STAGED) instanceof Staged staged)) {
            page(PeopleImport.Kind.PEOPLE, user, model);
            model.addAttribute("importError", new DomainException("people.import.nothingStaged"));
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return "people/import";
        }
        try {
            var report = imports.confirm(user, staged.kind(), staged.bytes(), staged.fileName(), expected, locale);
            session.removeAttribute(STAGED);
            redirect.addFlashAttribute(FormPosts.DONE, "people.import.done." + staged.kind());
            redirect.addFlashAttribute("importedCount", report.imported());
            return "redirect:" + (staged.kind() == PeopleImport.Kind.PEOPLE ? "/people" : "/positions");
        } catch (DomainException e) {
            page(staged.kind(), user, model);
            model.addAttribute("importError", e);
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return "people/import";
        }
    }
}
