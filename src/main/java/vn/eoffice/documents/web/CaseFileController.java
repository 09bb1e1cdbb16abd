package vn.eoffice.documents.web;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Valid;

import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.eoffice.documents.casefiles.CaseFileForm;
import vn.eoffice.documents.casefiles.CaseFileIndexExport;
import vn.eoffice.documents.casefiles.CaseFileManagement;
import vn.eoffice.documents.exports.ExportFormat;
import vn.eoffice.identity.Candidates;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.identity.UserManagement;
import vn.eoffice.organization.OrganizationDirectory;
import vn.eoffice.platform.FormPosts;
import vn.eoffice.platform.DomainException;

/**
 * The yearly file list, creating a file, and a file's page with its documents.
 */
@Controller
@RequestMapping("/case-files")
class CaseFileController {

    private final CaseFileManagement files;
    private final CaseFileIndexExport indexExport;
    private final UserManagement users;
    private final OrganizationDirectory organization;
    private final Clock clock;
    private final Candidates candidates;

    CaseFileController(CaseFileManagement files, CaseFileIndexExport indexExport, UserManagement users,
            OrganizationDirectory organization, Clock clock, Candidates candidates) {
        this.candidates = candidates;
        this.files = files;
        this.indexExport = indexExport;
        this.users = users;
        this.organization = organization;
        this.clock = clock;
    }

    @GetMapping
    String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Integer year,
            Model model) {
        int shown = year != null ? year : LocalDate.now(clock).getYear();
        model.addAttribute("year", shown);
        model.addAttribute("files", files.list(user, shown));
        model.addAttribute("mayCreate", CaseFileManagement.mayCreate(user));
        return "documents/casefiles/list";
    }

    @GetMapping("/new")
    String createForm(@AuthenticationPrincipal CurrentUser user, Model model) {
        requireCreator(user);
        model.addAttribute("form", CaseFileForm.blank(LocalDate.now(clock).getYear(), user.id()));
        return formPage(user, model);
    }

    @PostMapping
    String create(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") CaseFileForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        requireCreator(user);
        if (binding.hasErrors()) {
            return formPage(user, model);
        }
        try {
            var file = files.create(user, form);
            redirect.addFlashAttribute("flash", "caseFile.created");
            return "redirect:/case-files/" + file.getId();
        } catch (DomainException e) {
            model.addAttribute("formError", e);
            return formPage(user, model);
        }
    }

    @GetMapping("/{id}")
    String detail(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @RequestParam(required = false) String q,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        var file = files.get(user, id);
        model.addAttribute("file", file);
        model.addAttribute("q", q);
        if (q != null && !q.isBlank()) {
            model.addAttribute("candidates", files.candidates(user, q, PageRequest.of(0, 20)).getContent());
        }
        if (htmx != null && q != null) {
            return "documents/casefiles/detail :: candidates";
        }
        model.addAttribute("contents", files.contents(user, id));
        model.addAttribute("mayEdit", files.mayEdit(user, file));
        model.addAttribute("owner", users.summary(file.getOwnerUserId()));
        model.addAttribute("ownerUnit", file.getOwnerUnitId() == null ? null : organization.unit(file.getOwnerUnitId()));
        return "documents/casefiles/detail";
    }

    @PostMapping("/{id}/documents")
    String add(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @RequestParam(required = false) Long documentId, RedirectAttributes redirect) {
        return act(id, redirect, "caseFile.documents.added", () -> files.addDocument(user, id, documentId));
    }

    @PostMapping("/{id}/documents/{documentId}/remove")
    String remove(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @PathVariable Long documentId,
            RedirectAttributes redirect) {
        return act(id, redirect, "caseFile.documents.removed", () -> files.removeDocument(user, id, documentId));
    }

    @PostMapping("/{id}/close")
    String close(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, RedirectAttributes redirect) {
        return act(id, redirect, "caseFile.closedFlash", () -> files.close(user, id));
    }

    @PostMapping("/{id}/reopen")
    String reopen(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return act(id, redirect, "caseFile.reopenedFlash", () -> files.reopen(user, id, reason));
    }

    @GetMapping("/{id}/index")
    ResponseEntity<byte[]> index(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @RequestParam(defaultValue = "pdf") String format) {
        return RegisterExportController.download(indexExport.export(user, id, ExportFormat.parse(format)));
    }

    /** Runs a change and comes back to the file's page with its outcome (a refused rule is shown, not thrown). */
    private String act(Long id, RedirectAttributes redirect, String done, Runnable change) {
        return FormPosts.act(redirect, done, "/case-files/" + id, change);
    }

    private String formPage(CurrentUser user, Model model) {
        model.addAttribute("directory", candidates.directory(user));
        model.addAttribute("retentions", new int[] { 1, 2, 5, 10, 15, 20, 50, 70 });
        return "documents/casefiles/form";
    }

    private static void requireCreator(CurrentUser user) {
        if (!CaseFileManagement.mayCreate(user)) {
            throw new AccessDeniedException("case files");
        }
    }
}
