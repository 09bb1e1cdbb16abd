package vn.eoffice.tasks.web;

import jakarta.validation.Valid;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.eoffice.identity.Candidates;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.identity.Role;
import vn.eoffice.platform.DomainException;
import vn.eoffice.platform.Secrecy;
import vn.eoffice.tasks.Priority;
import vn.eoffice.tasks.TaskManagement;

/**
 * A leader or unit head gives an ad-hoc task (giao việc).
 */
@Controller
@RequestMapping("/tasks/new")
class TaskAssignController {

    private final TaskManagement tasks;
    private final Candidates candidates;

    TaskAssignController(TaskManagement tasks, Candidates candidates) {
        this.tasks = tasks;
        this.candidates = candidates;
    }

    @GetMapping
    String form(@AuthenticationPrincipal CurrentUser user, Model model) {
        requireAssigner(user);
        return show(AssignForm.empty(), user, model);
    }

    @PostMapping
    String assign(@Valid @ModelAttribute("form") AssignForm form, BindingResult binding,
            @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        requireAssigner(user);
        if (!binding.hasErrors() && PartyCode.parse(form.lead()) == null) {
            binding.rejectValue("lead", "task.form.lead.required");
        }
        if (binding.hasErrors()) {
            return show(form, user, model);
        }
        try {
            var task = tasks.assignAdHoc(user, form.toAssignment(user.agencyId(), user.id()), form.repeatDay());
            redirect.addFlashAttribute("flash", "task.flash.assigned");
            return "redirect:/tasks/" + task.id();
        } catch (DomainException e) {
            binding.reject(e.messageKey(), e.arguments(), e.messageKey());
            return show(form, user, model);
        }
    }

    private String show(AssignForm form, CurrentUser user, Model model) {
        // after a refused post the model holds the binder's form and its errors (a date that could not be read
        // leaves no constructed form): replacing it would drop them and what the person typed
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", form);
        }
        model.addAttribute("directory", candidates.directory(user).getTagged());
        model.addAttribute("priorities", Priority.values());
        model.addAttribute("secrecies", java.util.Arrays.stream(Secrecy.values())
                .filter(user.clearance()::covers).toList());
        return "tasks/new";
    }

    private static void requireAssigner(CurrentUser user) {
        if (!user.hasRole(Role.LEADER) && !user.hasRole(Role.UNIT_HEAD)) {
            throw new AccessDeniedException("denied");
        }
    }
}
