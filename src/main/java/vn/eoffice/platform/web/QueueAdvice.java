package vn.eoffice.platform.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import vn.eoffice.platform.Actor;
import vn.eoffice.platform.WorkQueue;

/**
 * Gives every full HTML page the person's waiting steps ({@code queueNav}, counted only if the page draws the
 * navigation). Skipped for the API, htmx fragments, streams and anonymous pages: they render no navigation.
 */
@ControllerAdvice
class QueueAdvice {

    private final WorkQueue queue;

    QueueAdvice(WorkQueue queue) {
        this.queue = queue;
    }

    @ModelAttribute
    void waitingSteps(HttpServletRequest request, Model model) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/") || path.endsWith("/stream") || request.getHeader("HX-Request") != null
                || !"GET".equals(request.getMethod())) {
            return;
        }
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Actor actor
                && actor.userId() != null) {
            model.addAttribute("queueNav", new QueueNavigation(queue, actor));
        }
    }
}
