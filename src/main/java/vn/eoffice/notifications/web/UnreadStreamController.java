package vn.eoffice.notifications.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import vn.eoffice.identity.CurrentUser;
import vn.eoffice.notifications.Notifier;
import vn.eoffice.notifications.UnreadStreams;

/** The live unread counter of the bell in the layout (static/js/eoffice.js listens to the {@code unread} event). */
@Controller
class UnreadStreamController {

    private final Notifier notifier;
    private final UnreadStreams streams;

    UnreadStreamController(Notifier notifier, UnreadStreams streams) {
        this.notifier = notifier;
        this.streams = streams;
    }

    @GetMapping(path = "/notifications/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(@AuthenticationPrincipal CurrentUser user, HttpServletResponse response) {
        // a buffering reverse proxy (nginx) would hold the events back until its buffer fills
        response.setHeader("X-Accel-Buffering", "no");
        return streams.open(user.id(), notifier.unreadCount(user.id()));
    }
}
