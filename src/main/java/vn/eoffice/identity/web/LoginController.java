package vn.eoffice.identity.web;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginController {

    @GetMapping("/login")
    String login(Authentication authentication, @RequestParam(required = false) String error,
            @RequestParam(required = false) String wait, Model model) {
        if (authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)) {
            return "redirect:/";
        }
        if ("throttled".equals(error)) {
            model.addAttribute("waitSeconds", seconds(wait));
        }
        return "identity/login";
    }

    /** The wait the failure handler put in the address; anything else shows a plausible one rather than an error. */
    private static long seconds(String wait) {
        return wait != null && wait.matches("[0-9]{1,4}") ? Math.max(1, Long.parseLong(wait)) : 1;
    }
}
