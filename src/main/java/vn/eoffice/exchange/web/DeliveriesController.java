package vn.eoffice.exchange.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.eoffice.exchange.Corrections;
import vn.eoffice.exchange.ExchangeGateway;
import vn.eoffice.exchange.LinkedDocuments;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.platform.DomainException;

/**
 * The sender's side: per recipient the status timeline of a document (an htmx fragment on the outgoing document's
 * page), and the clerk's list of deliveries not yet received or not finished, with sending again by hand. Also the
 * fragment both document pages load with the documents exchanged with this one (replies, replacements, updates).
 */
@Controller
class DeliveriesController {

    private final ExchangeGateway gateway;
    private final LinkedDocuments linked;
    private final Corrections corrections;

    DeliveriesController(ExchangeGateway gateway, LinkedDocuments linked, Corrections corrections) {
        this.gateway = gateway;
        this.linked = linked;
        this.corrections = corrections;
    }

    @GetMapping("/exchange/documents/{id}/links")
    String links(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
        model.addAttribute("links", linked.of(user, id));
        return "exchange/links :: links";
    }

    @GetMapping("/exchange/documents/{id}/deliveries")
    String deliveries(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
        model.addAttribute("deliveries", gateway.deliveries(user, id));
        model.addAttribute("documentId", id);
        model.addAttribute("correctable", corrections.possible(user, id));
        return "exchange/deliveries :: deliveries";
    }

    @GetMapping("/exchange/outbox")
    @PreAuthorize("hasRole('CLERK')")
    String outbox(@AuthenticationPrincipal CurrentUser user, Model model) {
        var unfinished = gateway.unfinished(user, 200);
        model.addAttribute("notReceived", unfinished.stream().filter(d -> d.notReceived()).toList());
        model.addAttribute("notFinished", unfinished.stream().filter(d -> d.notFinished()).toList());
        return "exchange/outbox";
    }

    @PostMapping("/exchange/outbox/{id}/retry")
    @PreAuthorize("hasRole('CLERK')")
    String retry(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, RedirectAttributes redirect) {
        try {
            gateway.retry(user, id);
            redirect.addFlashAttribute("flash", "exchange.retried");
        } catch (DomainException e) {
            redirect.addFlashAttribute("flash", e.messageKey());
        }
        return "redirect:/exchange/outbox";
    }
}
