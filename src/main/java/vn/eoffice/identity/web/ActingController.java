package vn.eoffice.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.eoffice.identity.CurrentUser;
import vn.eoffice.identity.UserManagement;

/**
 * Starts and ends acting for an absent colleague under a delegation in force today ("Làm thay").
 */
@Controller
@RequestMapping("/profile/act-for")
class ActingController {

    private final UserManagement users;
    private final SessionPrincipal sessions;

    ActingController(UserManagement users, SessionPrincipal sessions) {
        this.users = users;
        this.sessions = sessions;
    }

    @PostMapping("/{delegatorId}")
    String start(@AuthenticationPrincipal CurrentUser user, @PathVariable Long delegatorId,
            HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        sessions.replace(users.actFor(user, delegatorId), request, response);
        redirect.addFlashAttribute("flash", "acting.started");
        return "redirect:/";
    }

    @PostMapping("/end")
    String end(@AuthenticationPrincipal CurrentUser user, HttpServletRequest request, HttpServletResponse response,
            RedirectAttributes redirect) {
        sessions.replace(users.actFor(user, null), request, response);
        redirect.addFlashAttribute("flash", "acting.ended");
        return "redirect:/profile";
    }
}
