package vn.eoffice.identity.web;

import java.time.Clock;
import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.eoffice.identity.SecondFactor;
import vn.eoffice.platform.DomainException;

/**
 * The second step of a login for a person with a second factor: the code from their authenticator app, within a
 * few minutes of the password.
 */
@Controller
@RequestMapping("/login/second-factor")
class SecondFactorLoginController {

    private final SecondFactor secondFactor;
    private final SessionPrincipal sessions;
    private final Clock clock;

    SecondFactorLoginController(SecondFactor secondFactor, SessionPrincipal sessions, Clock clock) {
        this.secondFactor = secondFactor;
        this.sessions = sessions;
        this.clock = clock;
    }

    @GetMapping
    String form(HttpSession session) {
        return pending(session) == null ? "redirect:/login" : "identity/second-factor";
    }

    @PostMapping
    String verify(@RequestParam(required = false) String code, HttpServletRequest request,
            HttpServletResponse response, HttpSession session, Model model) {
        var pending = pending(session);
        if (pending == null) {
            return "redirect:/login?expired";
        }
        try {
            var principal = secondFactor.completeLogin(pending, code, request.getRemoteAddr());
            session.removeAttribute(SecondFactor.PENDING);
            request.changeSessionId();
            sessions.replace(principal, request, response);
            return "redirect:/";
        } catch (DomainException e) {
            model.addAttribute("messageKey", e.messageKey());
            model.addAttribute("messageArgs", e.arguments());
            return "identity/second-factor";
        }
    }

    private SecondFactor.Pending pending(HttpSession session) {
        if (session.getAttribute(SecondFactor.PENDING) instanceof SecondFactor.Pending pending) {
            if (!pending.expired(Instant.now(clock))) {
                return pending;
            }
            session.removeAttribute(SecondFactor.PENDING);
        }
        return null;
    }
}
