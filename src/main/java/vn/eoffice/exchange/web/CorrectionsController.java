package vn.eoffice.exchange.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.eoffice.exchange.Corrections;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.platform.FormPosts;
import vn.eoffice.platform.DomainException;

/**
 * The clerk sends an update or a replacement of a released document from its page, and comes back to it with the
 * outcome (or the rule broken, in the page's error banner).
 */
@Controller
@PreAuthorize("hasRole('CLERK')")
class CorrectionsController {

    private final Corrections corrections;

    CorrectionsController(Corrections corrections) {
        this.corrections = corrections;
    }

    @PostMapping("/exchange/documents/{id}/corrections")
    String send(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @ModelAttribute("correction") CorrectionForm form, BindingResult binding, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            FormPosts.refuse(redirect, "exchange.correction.kindRequired");
            return "redirect:/documents/outgoing/" + id;
        }
        return FormPosts.act(redirect, form.kind() == Corrections.Kind.UPDATE ? "exchange.correction.updateSent"
                : "exchange.correction.replacementSent", "/documents/outgoing/" + id,
                () -> corrections.send(user, id, form.kind(), form.replacement(), form.reason()));
    }
}
