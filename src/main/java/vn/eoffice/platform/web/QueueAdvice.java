package vn.eoffice.platform.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import vn.eoffice.platform.FullPages;
import vn.eoffice.platform.WorkQueue;

/**
 * Gives every full HTML page the person's waiting steps ({@code queueNav}, counted only if the page draws the
 * navigation).
 */
@ControllerAdvice
class QueueAdvice {

    private final WorkQueue queue;

    QueueAdvice(WorkQueue queue) {
        this.queue = queue;
    }

    @ModelAttribute
    void waitingSteps(HttpServletRequest request, Model model) {
        var actor = FullPages.signedInFullPage(request);
        if (actor != null) {
            model.addAttribute("queueNav", new QueueNavigation(queue, actor));
        }
    }
}
