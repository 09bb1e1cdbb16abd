package vn.eoffice.documents.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
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

import vn.eoffice.documents.Direction;
import vn.eoffice.documents.DocumentManagement;
import vn.eoffice.documents.DocumentQueries;
import vn.eoffice.documents.DocumentSources;
import vn.eoffice.documents.RegisterManagement;
import vn.eoffice.documents.Urgency;
import vn.eoffice.documents.outgoing.OutgoingBox;
import vn.eoffice.documents.outgoing.OutgoingDraft;
import vn.eoffice.documents.outgoing.OutgoingManagement;
import vn.eoffice.identity.Candidates;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.identity.Eligibility;
import vn.eoffice.identity.Role;
import vn.eoffice.organization.OrganizationDirectory;
import vn.eoffice.platform.Choice;
import vn.eoffice.platform.DomainException;
import vn.eoffice.platform.Secrecy;

/**
 * Outgoing and internal documents: the boxes and the drafting form.
 */
@Controller
@RequestMapping("/documents/outgoing")
class OutgoingController {

    private static final int PAGE_SIZE = 20;

    private final OutgoingManagement drafts;
    private final DocumentQueries queries;
    private final RegisterManagement registers;
    private final Candidates candidates;
    private final OrganizationDirectory organization;
    private final Uploads uploads;
    private final Clock clock;
    private final DocumentManagement documents;
    private final MessageSource messages;

    OutgoingController(OutgoingManagement drafts, DocumentQueries queries, RegisterManagement registers,
            Candidates candidates, OrganizationDirectory organization, Uploads uploads, Clock clock,
            DocumentManagement documents, MessageSource messages) {
        this.messages = messages;
        this.documents = documents;
        this.drafts = drafts;
        this.queries = queries;
        this.registers = registers;
        this.candidates = candidates;
        this.organization = organization;
        this.uploads = uploads;
        this.clock = clock;
    }

    @GetMapping
    String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) OutgoingBox box,
            @RequestParam(defaultValue = "0") int page,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        OutgoingBox shown = box != null ? box : user.hasRole(Role.CLERK) ? OutgoingBox.TO_RELEASE
                : OutgoingBox.MY_DRAFTS;
        model.addAttribute("box", shown);
        model.addAttribute("boxes", Arrays.stream(OutgoingBox.values())
                .filter(b -> b != OutgoingBox.TO_RELEASE || user.hasRole(Role.CLERK)).toList());
        model.addAttribute("rows", queries.outgoing(user, shown, PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
        return htmx != null ? "documents/outgoing/list :: rows" : "documents/outgoing/list";
    }

    @GetMapping("/new")
    String form(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String replyTo,
            Model model) {
        model.addAttribute("draft", new OutgoingDraft(Direction.OUTGOING, "CV", null, Urgency.NORMAL, Secrecy.NONE,
                replyTo, List.of(), List.of(), List.of(), null));
        return formPage(user, model);
    }

    @PostMapping
    String create(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("draft") OutgoingDraft draft,
            BindingResult binding, @RequestParam(name = "body", required = false) MultipartFile body,
            @RequestParam(name = "attachments", required = false) List<MultipartFile> attachments,
            @RequestParam(name = "keptBody", required = false) List<Long> keptBody,
            @RequestParam(name = "keptAttachments", required = false) List<Long> keptAttachments, Model model,
            RedirectAttributes redirect) {
        var keptBodyFile = uploads.kept(user, keptBody);
        var keptAttachmentFiles = uploads.kept(user, keptAttachments);
        if (!binding.hasErrors()) {
            try {
                var stored = uploads.storeBody(user, body);
                if (stored == null && !keptBodyFile.isEmpty()) {
                    stored = keptBodyFile.get(0);
                }
                var annexes = new ArrayList<>(keptAttachmentFiles);
                annexes.addAll(uploads.store(user, attachments));
                var document = drafts.draft(user, draft, stored, annexes);
                redirect.addFlashAttribute("flash", "outgoing.drafted");
                return "redirect:/documents/outgoing/" + document.getId();
            } catch (DomainException e) {
                model.addAttribute("formError", e);
            }
        }
        // the files chosen survive the refusal: stored once, carried back by id; a new body replaces the kept one
        boolean newBody = body != null && !body.isEmpty();
        model.addAttribute("keptBody", uploads.carry(user, newBody ? null : keptBody,
                body == null ? null : List.of(body), true));
        model.addAttribute("keptAttachments", uploads.carry(user, keptAttachments, attachments, true));
        return formPage(user, model);
    }

    /** The incoming document a reply started from its page answers (by id), named by its number and summary. */
    private String replyingTo(CurrentUser user, String replyTo) {
        if (replyTo == null || !replyTo.matches("\\d{1,17}") || !documents.mayView(user, Long.valueOf(replyTo))) {
            return null;
        }
        var incoming = documents.visible(user, Long.valueOf(replyTo));
        return incoming.isIncoming() ? DocumentSources.label(incoming) : null;
    }

    private String formPage(CurrentUser user, Model model) {
        if (model.getAttribute("draft") instanceof OutgoingDraft draft) {
            model.addAttribute("replyingTo", replyingTo(user, draft.replyTo()));
        }
        model.addAttribute("directions", List.of(Direction.OUTGOING, Direction.INTERNAL));
        model.addAttribute("types", registers.types());
        model.addAttribute("urgencies", Urgency.values());
        model.addAttribute("secrecyLevels", Arrays.stream(Secrecy.values())
                .filter(level -> user.clearance().covers(level)).toList());
        model.addAttribute("units", candidates.units(user.agencyId()));
        model.addAttribute("people", candidates.people(user, Eligibility.INFORMED, null));
        // every agency in force today but this one: those hosted here receive it in their exchange inbox
        var addressees = organization.addressees(user.agencyId(), LocalDate.now(clock));
        model.addAttribute("agencies", Stream.of(true, false).map(hosted -> new Choice.Group(
                messages.getMessage(hosted ? "outgoing.recipients.hosted" : "outgoing.recipients.addressBook", null,
                        LocaleContextHolder.getLocale()),
                addressees.stream().filter(agency -> agency.hosted() == hosted)
                        .map(agency -> Choice.of(agency.id(), agency.name(), agency.abbreviation())).toList()))
                .filter(group -> !group.choices().isEmpty()).toList());
        return "documents/outgoing/form";
    }
}
