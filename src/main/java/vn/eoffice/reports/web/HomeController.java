package vn.eoffice.reports.web;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.eoffice.documents.DocumentQueries;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.identity.Role;
import vn.eoffice.tasks.TaskFilter;
import vn.eoffice.tasks.TaskQueries;
import vn.eoffice.tasks.TaskView;

/**
 * The home page: for each person, the documents and tasks waiting for them; for leaders, what is overdue in the
 * whole agency. Every count comes from the same access-filtered queries as the lists it links to.
 */
@Controller
class HomeController {

    private final DocumentQueries documents;
    private final TaskQueries tasks;

    HomeController(DocumentQueries documents, TaskQueries tasks) {
        this.documents = documents;
        this.tasks = tasks;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("boxes", documents.counts(user));
        model.addAttribute("myTasks", count(user, new TaskFilter(TaskView.MINE, null, false, null, null, null)));
        model.addAttribute("myOverdue", count(user, new TaskFilter(TaskView.MINE, null, true, null, null, null)));
        model.addAttribute("assignedOverdue", count(user, new TaskFilter(TaskView.ASSIGNED, null, true, null, null,
                null)));
        if (user.hasRole(Role.LEADER)) {
            model.addAttribute("agencyOverdue", count(user, new TaskFilter(TaskView.ALL, null, true, null, null,
                    null)));
        }
        if (user.hasRole(Role.UNIT_HEAD)) {
            model.addAttribute("unitOverdue", count(user, new TaskFilter(TaskView.UNIT, null, true, null, null,
                    null)));
        }
        return "home";
    }

    private long count(CurrentUser user, TaskFilter filter) {
        return tasks.find(filter, user, PageRequest.of(0, 1)).getTotalElements();
    }
}
