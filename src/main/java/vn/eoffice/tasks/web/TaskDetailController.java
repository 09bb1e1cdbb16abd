package vn.eoffice.tasks.web;

import java.util.Map;
import java.util.function.Supplier;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.eoffice.identity.Candidates;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.platform.FormPosts;
import vn.eoffice.platform.Secrecy;
import vn.eoffice.tasks.DeadlineExtensions;
import vn.eoffice.tasks.Priority;
import vn.eoffice.tasks.TaskManagement;
import vn.eoffice.tasks.TaskQueries;
import vn.eoffice.tasks.TaskSources;

/**
 * One task: its facts, timeline and the forms for whoever may act now (progress, extension, completion, acceptance,
 * breakdown). Each form posts, and on success redirects back with a message; on a broken rule the page is shown
 * again with the message next to the form.
 */
@Controller
@RequestMapping("/tasks/{id}")
class TaskDetailController {

    private final TaskQueries queries;
    private final TaskManagement tasks;
    private final DeadlineExtensions extensions;
    private final Candidates candidates;
    private final ProgressFiles files;
    private final java.util.List<TaskSources> sources;

    TaskDetailController(TaskQueries queries, TaskManagement tasks, DeadlineExtensions extensions,
            Candidates candidates, ProgressFiles files, java.util.List<TaskSources> sources) {
        this.files = files;
        this.sources = sources;
        this.queries = queries;
        this.tasks = tasks;
        this.extensions = extensions;
        this.candidates = candidates;
    }

    @GetMapping
    String show(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        return page(id, user, model);
    }

    @PostMapping("/progress")
    String progress(@PathVariable Long id, @Valid @ModelAttribute("progressForm") Forms.Progress form,
            BindingResult binding,
            @org.springframework.web.bind.annotation.RequestParam(name = "files", required = false)
            java.util.List<org.springframework.web.multipart.MultipartFile> uploads,
            @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        return act(id, user, model, redirect, binding, "task.flash.progress",
                () -> tasks.reportProgress(id, user, form.percent(), form.note(), files.store(user, uploads)));
    }

    /** A file of a progress update, for whoever may see the task. */
    @GetMapping("/files/{fileId}")
    org.springframework.http.ResponseEntity<org.springframework.core.io.InputStreamResource> download(
            @PathVariable Long id, @PathVariable Long fileId, @AuthenticationPrincipal CurrentUser user) {
        return files.download(id, fileId, user);
    }

    @PostMapping("/complete")
    String complete(@PathVariable Long id, @Valid @ModelAttribute("completionForm") Forms.Completion form,
            BindingResult binding, @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        return act(id, user, model, redirect, binding, "task.flash.completed",
                () -> tasks.complete(id, user, form.result()));
    }

    @PostMapping("/accept")
    String accept(@PathVariable Long id, @Valid @ModelAttribute("acceptanceForm") Forms.Acceptance form,
            BindingResult binding, @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        return act(id, user, model, redirect, binding, "task.flash.accepted",
                () -> tasks.accept(id, user, form.meetsQuality(), form.comment()));
    }

    @PostMapping("/return")
    String returnForRework(@PathVariable Long id, @Valid @ModelAttribute("returnForm") Forms.Return form,
            BindingResult binding, @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        return act(id, user, model, redirect, binding, "task.flash.returned",
                () -> tasks.returnForRework(id, user, form.reason()));
    }

    @PostMapping("/cancel")
    String cancel(@PathVariable Long id, @Valid @ModelAttribute("cancelForm") Forms.Return form,
            BindingResult binding, @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        return act(id, user, model, redirect, binding, "task.flash.cancelled",
                () -> tasks.cancel(id, user, form.reason()));
    }

    @PostMapping("/extensions")
    String requestExtension(@PathVariable Long id, @Valid @ModelAttribute("extensionForm") Forms.ExtensionAsk form,
            BindingResult binding, @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        return act(id, user, model, redirect, binding, "task.flash.extensionRequested",
                () -> extensions.request(id, user, form.deadline(), form.reason()));
    }

    @PostMapping("/extensions/{extensionId}/decision")
    String decide(@PathVariable Long id, @PathVariable Long extensionId,
            @Valid @ModelAttribute("decisionForm") Forms.Decision form, BindingResult binding,
            @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        return act(id, user, model, redirect, binding, "task.flash.extensionDecided",
                () -> extensions.decide(extensionId, user, form.approve(), form.note()));
    }

    @PostMapping("/subtasks")
    String breakDown(@PathVariable Long id, @Valid @ModelAttribute("subtaskForm") AssignForm form,
            BindingResult binding, @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        if (!binding.hasErrors() && PartyCode.parse(form.lead()) == null) {
            binding.rejectValue("lead", "task.form.lead.required");
        }
        return act(id, user, model, redirect, binding, "task.flash.assigned",
                () -> tasks.assignBelow(id, user, form.toAssignment(user.agencyId(), user.id())));
    }

    private String act(Long id, CurrentUser user, Model model, RedirectAttributes redirect, BindingResult binding,
            String flash, Runnable action) {
        return FormPosts.submit(binding, redirect, flash, Map.of(), () -> {
            action.run();
            return "/tasks/" + id;
        }, () -> page(id, user, model));
    }

    private String page(Long id, CurrentUser user, Model model) {
        var details = queries.details(id, user);
        model.addAttribute("task", details);
        model.addAttribute("directory", candidates.directory(user).getTagged());
        model.addAttribute("today", queries.today());
        var source = details.summary().source();
        var owner = source.id() == null ? java.util.Optional.<TaskSources>empty()
                : sources.stream().filter(s -> s.type() == source.type()).findFirst();
        model.addAttribute("sourceLabel", owner.flatMap(s -> s.label(user, source.id())).orElse(null));
        model.addAttribute("viewer", owner.flatMap(s -> s.viewer(user, source.id())).orElse(null));
        ensure(model, "progressForm", () -> new Forms.Progress(details.summary().progress(), null));
        ensure(model, "completionForm", () -> new Forms.Completion(null));
        ensure(model, "acceptanceForm", () -> new Forms.Acceptance(true, null));
        ensure(model, "returnForm", () -> new Forms.Return(null));
        ensure(model, "cancelForm", () -> new Forms.Return(null));
        ensure(model, "decisionForm", () -> new Forms.Decision(null, null));
        ensure(model, "extensionForm", () -> new Forms.ExtensionAsk(null, null));
        ensure(model, "subtaskForm", () -> new AssignForm(details.summary().title(), null, null, java.util.List.of(), null,
                details.summary().deadline(), Priority.NORMAL, details.summary().secrecy(), null));
        model.addAttribute("priorities", Priority.values());
        model.addAttribute("secrecies", java.util.Arrays.stream(Secrecy.values())
                .filter(user.clearance()::covers).toList());
        return "tasks/detail";
    }

    private static void ensure(Model model, String name, Supplier<Object> form) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, form.get());
        }
    }
}
