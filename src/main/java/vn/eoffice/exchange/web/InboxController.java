package vn.eoffice.exchange.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.data.domain.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.security.access.prepost.PreAuthorize;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.eoffice.audit.AuditLog;
import vn.eoffice.documents.IncomingDetails;
import vn.eoffice.documents.RegisterKind;
import vn.eoffice.documents.RegisterManagement;
import vn.eoffice.documents.Urgency;
import vn.eoffice.documents.DocumentManagement;
import vn.eoffice.exchange.ExchangeInbox;
import vn.eoffice.exchange.ReceivedPackage;
import vn.eoffice.files.FileStorage;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.platform.DomainException;
import vn.eoffice.platform.NotFoundException;
import vn.eoffice.platform.Secrecy;

/**
 * The clerk's queue of documents received by exchange: read, accept (register), refuse, answer recalls.
 */
@Controller
@RequestMapping("/exchange/inbox")
@PreAuthorize("hasRole('CLERK')")
class InboxController {

    private static final int PAGE_SIZE = 20;

    private final ExchangeInbox inbox;
    private final RegisterManagement registers;
    private final DocumentManagement documents;
    private final FileStorage files;
    private final Clock clock;

    InboxController(ExchangeInbox inbox, RegisterManagement registers, DocumentManagement documents,
            FileStorage files, Clock clock) {
        this.inbox = inbox;
        this.documents = documents;
        this.registers = registers;
        this.files = files;
        this.clock = clock;
    }

    @GetMapping
    String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "waiting") String view,
            @RequestParam(defaultValue = "0") int page, Model model) {
        boolean all = "all".equals(view);
        var pageable = PageRequest.of(Math.max(page, 0), PAGE_SIZE);
        var entries = all ? inbox.all(user, pageable) : inbox.waiting(user, pageable);
        model.addAttribute("view", all ? "all" : "waiting");
        model.addAttribute("entries", entries);
        links(user, entries.getContent(), model);
        return "exchange/inbox";
    }

    @GetMapping("/{id}")
    String detail(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
        var entry = inbox.get(user, id);
        model.addAttribute("entry", entry);
        model.addAttribute("appliesToRegistered", inbox.appliesToRegistered(user, id));
        links(user, List.of(entry), model);
        if (!model.containsAttribute("reasonForm")) {
            model.addAttribute("reasonForm", new ReasonForm(null));
        }
        return "exchange/inbox-detail";
    }

    @GetMapping("/{id}/files/{position}")
    void file(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @PathVariable int position,
            HttpServletResponse response) throws IOException {
        var file = inbox.get(user, id).getFiles().stream().filter(f -> f.position() == position).findFirst()
                .orElseThrow(() -> new NotFoundException("file"));
        var stored = files.find(file.fileId());
        response.setContentType(stored.mediaType());
        response.setHeader("Content-Disposition", ContentDisposition.attachment()
                .filename(file.name(), java.nio.charset.StandardCharsets.UTF_8).build().toString());
        files.recordDownload(file.fileId());
        try (InputStream in = files.open(file.fileId())) {
            in.transferTo(response.getOutputStream());
        }
    }

    @GetMapping("/{id}/accept")
    String acceptForm(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
        model.addAttribute("details", inbox.prefill(user, id));
        return acceptPage(user, id, model);
    }

    @PostMapping("/{id}/accept")
    String accept(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @Valid @ModelAttribute("details") IncomingDetails details, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return acceptPage(user, id, model);
        }
        try {
            Long documentId = inbox.accept(user, id, details);
            redirect.addFlashAttribute("flash", "exchange.accepted");
            return "redirect:/documents/" + documentId;
        } catch (DomainException e) {
            model.addAttribute("formError", e);
            return acceptPage(user, id, model);
        }
    }

    @PostMapping("/{id}/refuse")
    String refuse(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @Valid @ModelAttribute("reasonForm") ReasonForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return detail(user, id, model);
        }
        return answer(user, id, model, redirect, () -> inbox.refuse(user, id, form.reason()), "exchange.refused");
    }

    @PostMapping("/{id}/apply")
    String applyUpdate(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model,
            RedirectAttributes redirect) {
        return answer(user, id, model, redirect, () -> inbox.applyUpdate(user, id), "exchange.update.applied");
    }

    @PostMapping("/{id}/recall/agree")
    String agreeRecall(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model,
            RedirectAttributes redirect) {
        return answer(user, id, model, redirect, () -> inbox.agreeRecall(user, id), "exchange.recall.agreed");
    }

    @PostMapping("/{id}/recall/refuse")
    String refuseRecall(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @Valid @ModelAttribute("reasonForm") ReasonForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return detail(user, id, model);
        }
        return answer(user, id, model, redirect, () -> inbox.refuseRecall(user, id, form.reason()),
                "exchange.recall.refused");
    }

    /** Sends one answer back to the sender; a refusal by the rules shows on the package's page. */
    private String answer(CurrentUser user, Long id, Model model, RedirectAttributes redirect, Runnable action,
            String flash) {
        try {
            action.run();
        } catch (DomainException e) {
            model.addAttribute("formError", e);
            return detail(user, id, model);
        }
        redirect.addFlashAttribute("flash", flash);
        return "redirect:/exchange/inbox";
    }

    /** The earlier entries updates and replacements name, and which documents the clerk may open from here. */
    private void links(CurrentUser user, List<ReceivedPackage> entries, Model model) {
        var earlier = inbox.earlier(user, entries);
        Set<Long> openable = new HashSet<>();
        Stream.concat(entries.stream().flatMap(e -> Stream.of(e.getDocumentId(), e.getLinks().getAnswersDocumentId())),
                earlier.values().stream().map(ReceivedPackage::getDocumentId)).filter(Objects::nonNull).distinct()
                .filter(documentId -> documents.mayView(user, documentId)).forEach(openable::add);
        model.addAttribute("earlier", earlier);
        model.addAttribute("openable", openable);
    }

    private String acceptPage(CurrentUser user, Long id, Model model) {
        model.addAttribute("entry", inbox.get(user, id));
        model.addAttribute("registers", registers.activeRegisters(user.agencyId(), RegisterKind.INCOMING));
        model.addAttribute("types", registers.types());
        model.addAttribute("urgencies", Urgency.values());
        model.addAttribute("secrecyLevels", Arrays.stream(Secrecy.values())
                .filter(level -> user.clearance().covers(level)).toList());
        model.addAttribute("today", java.time.LocalDate.now(clock));
        return "exchange/accept";
    }
}
