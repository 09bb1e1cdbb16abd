package vn.eoffice.documents.web;

import java.util.HashMap;
import java.util.Map;

import jakarta.validation.Valid;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.eoffice.documents.DirectiveForm;
import vn.eoffice.documents.Directives;
import vn.eoffice.documents.DocumentManagement;
import vn.eoffice.documents.DocumentSources;
import vn.eoffice.documents.RegisterManagement;
import vn.eoffice.files.FileDownloads;
import vn.eoffice.files.FileStorage;
import vn.eoffice.files.PagePreviews;
import vn.eoffice.identity.Candidates;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.identity.Eligibility;
import vn.eoffice.identity.Role;
import vn.eoffice.identity.UserManagement;
import vn.eoffice.organization.OrganizationDirectory;
import vn.eoffice.platform.FormPosts;
import vn.eoffice.platform.DomainException;
import vn.eoffice.platform.NotFoundException;
import vn.eoffice.signing.SignatureVerification;

/**
 * A document's page: its metadata, files, participants and timeline, and the next step for the person looking.
 */
@Controller
@RequestMapping("/documents/{id}")
class DocumentController {

    private final DocumentManagement documents;
    private final RegisterManagement registers;
    private final UserManagement users;
    private final OrganizationDirectory organization;
    private final FileStorage storage;
    private final Directives directives;
    private final SignatureVerification verification;
    private final DocumentSources sources;
    private final PagePreviews previews;
    private final Candidates candidates;

    DocumentController(DocumentManagement documents, RegisterManagement registers, UserManagement users,
            OrganizationDirectory organization, FileStorage storage, Directives directives,
            SignatureVerification verification, DocumentSources sources, PagePreviews previews,
            Candidates candidates) {
        this.sources = sources;
        this.previews = previews;
        this.candidates = candidates;
        this.verification = verification;
        this.storage = storage;
        this.directives = directives;
        this.documents = documents;
        this.registers = registers;
        this.users = users;
        this.organization = organization;
    }

    @GetMapping
    @Transactional(readOnly = true)
    public String show(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
        var document = documents.visible(user, id);
        var timeline = documents.timeline(user, id);
        Map<Long, String> names = new HashMap<>();
        timeline.forEach(event -> {
            names.computeIfAbsent(event.actorId(), this::name);
            if (event.actingFor() != null) {
                names.computeIfAbsent(event.actingFor(), this::name);
            }
        });
        document.getParticipants().stream().filter(p -> p.userId() != null)
                .forEach(p -> names.computeIfAbsent(p.userId(), this::name));
        model.addAttribute("document", document);
        model.addAttribute("typeName", registers.typeName(document.getTypeCode()));
        model.addAttribute("participants", document.getParticipants());
        model.addAttribute("files", document.getFiles());
        model.addAttribute("viewer", sources.viewer(document).orElse(null));
        model.addAttribute("signatureChecks",
                verification.latest(document.getFiles().stream().map(f -> f.fileId()).toList()));
        model.addAttribute("timeline", timeline);
        model.addAttribute("names", names);
        Map<Long, String> unitNames = new HashMap<>();
        document.getParticipants().stream().filter(p -> p.unitId() != null)
                .forEach(p -> unitNames.computeIfAbsent(p.unitId(), unit -> organization.unit(unit).name()));
        model.addAttribute("unitNames", unitNames);
        model.addAttribute("register", document.getRegisterId() == null ? null
                : registers.get(document.getRegisterId()));
        model.addAttribute("tasks", directives.tasksOf(user, id));
        if (user.hasRole(Role.LEADER) && !model.containsAttribute("directive")) {
            // the directive's deadline starts from the document's own (hạn xử lý), which the leader may shorten
            model.addAttribute("directive", new DirectiveForm(null, null, null, null, null, document.getDeadline(),
                    null));
        }
        if (user.hasRole(Role.LEADER)) {
            model.addAttribute("units", candidates.units(document.getAgencyId()));
            model.addAttribute("processors", candidates.people(user, Eligibility.PROCESSOR, document.getSecrecy()));
            model.addAttribute("informed", candidates.people(user, Eligibility.INFORMED, document.getSecrecy()));
        }
        if (user.hasRole(Role.CLERK)) {
            // only the leaders who may direct this document: of its agency and cleared for its secrecy
            model.addAttribute("leaders", candidates.people(user, Eligibility.LEADER, document.getSecrecy()));
        }
        return "documents/detail";
    }

    /** Errors travel back to the document page with the entered values (post/redirect/get, also on failure). */
    @PostMapping("/directive")
    @PreAuthorize("hasRole('LEADER')")
    String direct(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @Valid @ModelAttribute("directive") DirectiveForm directive, BindingResult binding,
            RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                directives.direct(user, id, directive);
                redirect.addFlashAttribute("flash", "directive.saved");
                return "redirect:/documents/" + id;
            } catch (DomainException e) {
                redirect.addFlashAttribute("directiveError", e);
            }
        }
        redirect.addFlashAttribute("directive", directive);
        redirect.addFlashAttribute(BindingResult.MODEL_KEY_PREFIX + "directive", binding);
        return "redirect:/documents/" + id + "#directive";
    }

    /** Checks the signatures of the document's files now (Kiểm tra chữ ký); the results are kept. */
    @PostMapping("/signatures")
    @Transactional
    String checkSignatures(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            RedirectAttributes redirect) {
        var document = documents.visible(user, id);
        document.getFiles().forEach(f -> verification.check(f.fileId(), user.id()));
        redirect.addFlashAttribute("flash", "signing.check.done");
        return "redirect:/documents/" + id;
    }

    @PostMapping("/submit")
    @PreAuthorize("hasRole('CLERK')")
    String submit(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @RequestParam(required = false) Long leaderId, RedirectAttributes redirect) {
        if (leaderId == null) {
            FormPosts.refuse(redirect, "document.submit.leaderRequired");
            return "redirect:/documents/" + id;
        }
        return FormPosts.act(redirect, "document.submitted", "/documents/" + id,
                () -> documents.submit(user, id, leaderId));
    }

    /** A file of a document, for whoever may see the document. */
    @GetMapping("/files/{position}")
    ResponseEntity<InputStreamResource> download(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @PathVariable int position) {
        var file = documents.file(user, id, position);
        return FileDownloads.send(storage, storage.find(file.fileId()));
    }

    /** A page of a document's PDF file as an image, for the inline viewer; the same rule as the download. */
    @GetMapping("/files/{position}/pages/{page}")
    ResponseEntity<byte[]> page(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @PathVariable int position, @PathVariable int page) {
        var file = documents.file(user, id, position);
        return previews.page(storage.find(file.fileId()), page);
    }

    private String name(Long userId) {
        return userId == null ? "" : users.summary(userId).fullName();
    }
}
