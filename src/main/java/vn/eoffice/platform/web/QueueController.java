package vn.eoffice.platform.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.eoffice.platform.Actor;
import vn.eoffice.platform.WorkQueue;

/**
 * "Việc cần làm": every kind of step waiting for the person, grouped by module, each opening the list whose first
 * action does the step.
 */
@Controller
class QueueController {

    private final WorkQueue queue;

    QueueController(WorkQueue queue) {
        this.queue = queue;
    }

    @GetMapping("/queue")
    String queue(@AuthenticationPrincipal Actor actor, Model model) {
        var entries = queue.page(actor);
        Map<String, List<WorkQueue.Entry>> byArea = new LinkedHashMap<>();
        entries.forEach(entry -> byArea.computeIfAbsent(entry.step().area(), area -> new ArrayList<>()).add(entry));
        model.addAttribute("areas", byArea);
        model.addAttribute("waitingTotal", WorkQueue.total(entries.stream().map(WorkQueue.Entry::step).toList()));
        return "queue";
    }
}
