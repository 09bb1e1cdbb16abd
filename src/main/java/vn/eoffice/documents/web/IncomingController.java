package vn.eoffice.documents.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.eoffice.documents.Box;
import vn.eoffice.documents.DocumentManagement;
import vn.eoffice.documents.DocumentQueries;
import vn.eoffice.documents.IncomingDetails;
import vn.eoffice.documents.RegisterKind;
import vn.eoffice.documents.RegisterManagement;
import vn.eoffice.documents.Urgency;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.identity.Role;
import vn.eoffice.organization.OrganizationDirectory;
import vn.eoffice.platform.DomainException;
import vn.eoffice.platform.Secrecy;

/**
 * Incoming documents: the inboxes and the clerk's registration form.
 */
@Controller
@RequestMapping("/documents/incoming")
class IncomingController {

    private static final int PAGE_SIZE = 20;

    private final DocumentManagement documents;
    private final DocumentQueries queries;
    private final RegisterManagement registers;
    private final OrganizationDirectory organization;
    private final Uploads uploads;
    private final Clock clock;

    IncomingController(DocumentManagement documents, DocumentQueries queries, RegisterManagement registers,
            OrganizationDirectory organization, Uploads uploads, Clock clock) {
        this.organization = organization;
        this.uploads = uploads;
        this.documents = documents;
        this.queries = queries;
        this.registers = registers;
        this.clock = clock;
    }

    @GetMapping
    String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Box box,
            @RequestParam(defaultValue = "0") int page,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        Box shown = box != null ? box : defaultBox(user);
        model.addAttribute("box", shown);
        model.addAttribute("boxes", Box.values());
        model.addAttribute("counts", queries.counts(user));
        model.addAttribute("rows", queries.incoming(user, shown, PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
        model.addAttribute("today", LocalDate.now(clock));
        return htmx != null ? "documents/incoming-list :: rows" : "documents/incoming-list";
    }

    @GetMapping("/new")
    @PreAuthorize("hasRole('CLERK')")
    String form(@AuthenticationPrincipal CurrentUser user, Model model) {
        var registersOfAgency = registers.activeRegisters(user.agencyId(), RegisterKind.INCOMING).stream()
                .filter(register -> !register.secretOnly()).toList();
        Long defaultRegister = registersOfAgency.isEmpty() ? null : registersOfAgency.get(0).id();
        model.addAttribute("details", new IncomingDetails(defaultRegister, null, null, "CV", null, null, null, null,
                null, null, Urgency.NORMAL, Secrecy.NONE, 1, 1, null, null));
        return formPage(user, model);
    }

    @PostMapping
    @PreAuthorize("hasRole('CLERK')")
    String register(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("details") IncomingDetails details,
            BindingResult binding, @RequestParam(name = "files", required = false) List<MultipartFile> files,
            @RequestParam(name = "keptFiles", required = false) List<Long> keptFiles, Model model,
            RedirectAttributes redirect) {
        var kept = uploads.kept(user, keptFiles);
        if (!binding.hasErrors()) {
            try {
                var document = documents.registerIncoming(user, details, () -> {
                    var all = new ArrayList<>(kept);
                    all.addAll(uploads.store(user, files));
                    return all;
                });
                redirect.addFlashAttribute("flash", "document.registered");
                return "redirect:/documents/" + document.getId();
            } catch (DomainException e) {
                model.addAttribute("formError", e);
            }
        }
        // the files chosen survive the refusal: stored once, carried back by id, shown as already attached
        boolean keep = details.secrecy() == null || details.secrecy() == Secrecy.NONE || documents.keepsSecretFiles();
        model.addAttribute("keptFiles", uploads.carry(user, keptFiles, files, keep));
        return formPage(user, model);
    }

    /** The probable-duplicate warning, refreshed by htmx as the clerk types. */
    @GetMapping("/duplicates")
    String duplicates(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String issuerName,
            @RequestParam(required = false) String notation,
            @RequestParam(required = false) LocalDate documentDate, Model model) {
        model.addAttribute("duplicates", documents.probableDuplicates(user, issuerName, notation, documentDate));
        return "documents/incoming-form :: duplicates";
    }

    /**
     * Type-ahead for the issuing agency, from the agencies in force today (accent-insensitive, at most ten): merged
     * or dissolved ones are not offered, though a late document of theirs can still be typed by name.
     */
    @GetMapping("/issuers")
    String issuers(@RequestParam(name = "issuerName", defaultValue = "") String text, Model model) {
        model.addAttribute("issuers", text.isBlank() ? List.of()
                : organization.searchInForce(text, LocalDate.now(clock), 10));
        return "documents/incoming-form :: issuers";
    }

    private String formPage(CurrentUser user, Model model) {
        // a secret document is entered in the secret incoming register by itself: the clerk picks the ordinary book
        model.addAttribute("registers", registers.activeRegisters(user.agencyId(), RegisterKind.INCOMING).stream()
                .filter(register -> !register.secretOnly()).toList());
        model.addAttribute("secretFilesKept", documents.keepsSecretFiles());
        model.addAttribute("types", registers.types());
        model.addAttribute("urgencies", Urgency.values());
        model.addAttribute("secrecyLevels", java.util.Arrays.stream(Secrecy.values())
                .filter(level -> user.clearance().covers(level)).toList());
        return "documents/incoming-form";
    }

    private static Box defaultBox(CurrentUser user) {
        if (user.hasRole(Role.CLERK)) {
            return Box.REGISTERED;
        }
        if (user.hasRole(Role.LEADER)) {
            return Box.AWAITING_DIRECTIVE;
        }
        return Box.TO_PROCESS;
    }
}
