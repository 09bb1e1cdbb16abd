package vn.eoffice.identity.web;

import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.eoffice.identity.CurrentUser;
import vn.eoffice.identity.SecondFactor;
import vn.eoffice.platform.DomainException;

/**
 * A person's own second factor, from the profile page: a new secret shown once (as text and as an
 * {@code otpauth://} address), turned on by a first code from the app; turned off with a code.
 */
@Controller
@RequestMapping("/profile/second-factor")
class SecondFactorController {

    /** The secret being enrolled lives in the session only, until a code proves the app has it. */
    static final String ENROLLING = SecondFactorController.class.getName() + ".secret";

    private final SecondFactor secondFactor;

    SecondFactorController(SecondFactor secondFactor) {
        this.secondFactor = secondFactor;
    }

    @PostMapping("/start")
    String start(@AuthenticationPrincipal CurrentUser user, HttpSession session, Model model) {
        if (!secondFactor.offeredTo(user)) {
            throw new DomainException("totp.notOffered");
        }
        var enrolment = secondFactor.newSecret(user);
        session.setAttribute(ENROLLING, enrolment);
        model.addAttribute("enrolment", enrolment);
        return "identity/second-factor-enrol";
    }

    @PostMapping("/confirm")
    String confirm(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String code,
            HttpSession session, Model model, RedirectAttributes redirect) {
        if (!(session.getAttribute(ENROLLING) instanceof SecondFactor.Enrolment enrolment)) {
            return "redirect:/profile";
        }
        try {
            secondFactor.enrol(user, enrolment.secret(), code);
        } catch (DomainException e) {
            model.addAttribute("enrolment", enrolment);
            model.addAttribute("messageKey", e.messageKey());
            return "identity/second-factor-enrol";
        }
        session.removeAttribute(ENROLLING);
        redirect.addFlashAttribute("flash", "totp.enrolled");
        return "redirect:/profile";
    }

    @PostMapping("/remove")
    String remove(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String code,
            RedirectAttributes redirect) {
        try {
            secondFactor.remove(user, code);
            redirect.addFlashAttribute("flash", "totp.removed");
        } catch (DomainException e) {
            redirect.addFlashAttribute("totpError", e.messageKey());
        }
        return "redirect:/profile";
    }
}
