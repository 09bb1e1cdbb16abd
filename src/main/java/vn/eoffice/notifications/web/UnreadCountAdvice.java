package vn.eoffice.notifications.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import vn.eoffice.notifications.Notifier;
import vn.eoffice.platform.FullPages;

/**
 * Gives every full HTML page the initial badge count ({@code unreadNotifications}, read by the layout); the stream
 * keeps it current afterwards. Skipped for the API, htmx fragments and the stream itself: they render no layout.
 */
@ControllerAdvice
class UnreadCountAdvice {

    private final Notifier notifier;

    UnreadCountAdvice(Notifier notifier) {
        this.notifier = notifier;
    }

    @ModelAttribute
    void unreadNotifications(HttpServletRequest request, Model model) {
        var actor = FullPages.signedInFullPage(request);
        if (actor != null) {
            model.addAttribute("unreadNotifications", notifier.unreadCount(actor.userId()));
        }
    }
}
