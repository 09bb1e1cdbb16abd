package vn.eoffice.identity.web;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.eoffice.identity.CurrentUser;
import vn.eoffice.identity.TokenService;
import vn.eoffice.platform.Dates;
import vn.eoffice.platform.DomainException;
import vn.eoffice.platform.NotFoundException;

/**
 * The person's own API access tokens. The secret travels once, as a flash attribute, to the page after the POST.
 */
@Controller
@RequestMapping("/profile/tokens")
class TokenController {

    private final TokenService tokens;
    private final ProfilePage profile;
    private final Dates dates;

    TokenController(TokenService tokens, ProfilePage profile, Dates dates) {
        this.tokens = tokens;
        this.profile = profile;
        this.dates = dates;
    }

    @PostMapping
    String issue(@AuthenticationPrincipal CurrentUser user,
            @Valid @ModelAttribute("tokenForm") ProfilePage.TokenForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        if (form == null) {
            throw new DomainException("error.validation");
        }
        if (!errors.hasErrors()) {
            try {
                // valid through the whole of the chosen day, office time
                var expires = form.expiresOn() == null ? null
                        : form.expiresOn().plusDays(1).atStartOfDay(dates.zone()).toInstant();
                var issued = tokens.issue(user.id(), form.name(), expires);
                redirect.addFlashAttribute("issuedSecret", issued.secret());
                redirect.addFlashAttribute("flash", "token.issued");
                return "redirect:/profile";
            } catch (DomainException e) {
                errors.reject(e.messageKey(), e.arguments(), e.messageKey());
            }
        }
        return profile.render(user, 0, model);
    }

    @GetMapping("/{id}/revoke")
    String confirmRevoke(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
        var token = tokens.tokensOf(user.id()).stream().filter(t -> t.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFoundException("token " + id));
        return Confirmation.page(model, "token.revoke.title", "token.revoke.confirm",
                new Object[] { token.name() }, "/profile/tokens/" + id + "/revoke", "/profile", "token.revoke");
    }

    @PostMapping("/{id}/revoke")
    String revoke(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, RedirectAttributes redirect) {
        tokens.revoke(user.id(), id);
        redirect.addFlashAttribute("flash", "token.revoked");
        return "redirect:/profile";
    }
}
