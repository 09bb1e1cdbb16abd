package vn.eoffice.notifications.web;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.eoffice.identity.CurrentUser;
import vn.eoffice.notifications.Notifier;

@Controller
@RequestMapping("/notifications")
class NotificationController {

    private static final int PAGE_SIZE = 20;

    private final Notifier notifier;

    NotificationController(Notifier notifier) {
        this.notifier = notifier;
    }

    @GetMapping
    String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "false") boolean unread, Model model) {
        var pageable = PageRequest.of(Math.max(page, 0), PAGE_SIZE);
        model.addAttribute("page", notifier.list(user.id(), unread, pageable));
        model.addAttribute("unreadOnly", unread);
        return "notifications/list";
    }

    /** The htmx button swaps in the updated row; without JavaScript the form posts and comes back to the list. */
    @PostMapping("/{id}/read")
    String read(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        var notification = notifier.markRead(user.id(), id);
        if (htmx != null) {
            model.addAttribute("n", notification);
            return "notifications/list :: row";
        }
        return "redirect:/notifications";
    }

    /** Following a notification marks it read; the link was checked to stay inside the application when stored. */
    @PostMapping("/{id}/open")
    String open(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
        var notification = notifier.markRead(user.id(), id);
        return "redirect:" + (notification.link() == null ? "/notifications" : notification.link());
    }

    @PostMapping("/read-all")
    String readAll(@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        notifier.markAllRead(user.id());
        redirect.addFlashAttribute("flash", "notifications.allRead");
        return "redirect:/notifications";
    }
}
