package vn.eoffice.people.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.eoffice.files.FileDownloads;
import vn.eoffice.files.FileStorage;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.people.CourseForm;
import vn.eoffice.people.CourseKind;
import vn.eoffice.people.PeopleQueries;
import vn.eoffice.people.PlanItemForm;
import vn.eoffice.people.TrainingPlans;
import vn.eoffice.people.TrainingRecords;
import vn.eoffice.platform.DomainException;
import vn.eoffice.platform.FormPosts;

/** Courses taken per person, and each unit's yearly training plan (the personnel office keeps, leaders read). */
@Controller
class TrainingController {

    private final TrainingPlans plans;
    private final TrainingRecords records;
    private final PeopleQueries people;
    private final FileStorage storage;
    private final Choices choices;

    TrainingController(TrainingPlans plans, TrainingRecords records, PeopleQueries people, FileStorage storage,
            Choices choices) {
        this.plans = plans;
        this.records = records;
        this.people = people;
        this.storage = storage;
        this.choices = choices;
    }

    @GetMapping("/training")
    String plans(@RequestParam(required = false) Integer year, @AuthenticationPrincipal CurrentUser user,
            Model model) {
        int current = choices.today().getYear();
        int chosen = year == null ? current : year;
        model.addAttribute("year", chosen);
        model.addAttribute("years", List.of(current + 1, current, current - 1));
        model.addAttribute("plans", plans.plans(user, chosen));
        model.addAttribute("mayKeep", people.mayKeep(user));
        return "people/training-plans";
    }

    @PostMapping("/training")
    String draft(@RequestParam Long unitId, @RequestParam Integer year, @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        try {
            Long id = plans.draft(user, unitId, year);
            redirect.addFlashAttribute(FormPosts.DONE, "training.flash.drafted");
            return "redirect:/training/" + id;
        } catch (DomainException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
            return "redirect:/training?year=" + year;
        }
    }

    @GetMapping("/training/{id}")
    String plan(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        var plan = plans.plan(user, id);
        model.addAttribute("plan", plan);
        model.addAttribute("courses", plans.coursesOf(user, plan));
        model.addAttribute("units", choices.units(user));
        model.addAttribute("mayKeep", people.mayKeep(user));
        model.addAttribute("kinds", CourseKind.values());
        model.addAttribute("memberChoices", choices.cadres(user, people.list(user, null, plan.unitId())));
        if (!model.containsAttribute("itemForm")) {
            model.addAttribute("itemForm", new PlanItemForm(null, null, null, null));
        }
        return "people/training-plan";
    }

    @PostMapping("/training/{id}/items")
    String addItem(@PathVariable Long id, @Valid @ModelAttribute("itemForm") PlanItemForm form,
            BindingResult binding, @AuthenticationPrincipal CurrentUser user, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        return FormPosts.submit(binding, redirect, "training.flash.itemAdded", Map.of(
                "training.cadre.notInUnit", "cadreId", "training.deadline.year", "deadline"), () -> {
                    plans.addItem(user, id, form);
                    return "/training/" + id;
                }, () -> {
                    response.setStatus(Choices.INVALID);
                    return plan(id, user, model);
                });
    }

    @PostMapping("/training/{id}/items/{itemId}/delete")
    String removeItem(@PathVariable Long id, @PathVariable Long itemId, @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        return act(redirect, id, "training.flash.itemRemoved", () -> plans.removeItem(user, id, itemId));
    }

    @PostMapping("/training/{id}/approve")
    String approve(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        return act(redirect, id, "training.flash.approved", () -> plans.approve(user, id));
    }

    @PostMapping("/training/{id}/items/{itemId}/done")
    String done(@PathVariable Long id, @PathVariable Long itemId, @RequestParam(required = false) Long courseId,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        return act(redirect, id, "training.flash.done", () -> plans.markDone(user, id, itemId, courseId));
    }

    private static String act(RedirectAttributes redirect, Long id, String done, Runnable change) {
        try {
            change.run();
            redirect.addFlashAttribute(FormPosts.DONE, done);
        } catch (DomainException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
        }
        return "redirect:/training/" + id;
    }

    @GetMapping("/people/{id}/courses")
    String courses(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("courses", records.courses(user, id));
        model.addAttribute("personId", id);
        model.addAttribute("personName", records.nameOf(user, id));
        model.addAttribute("mayKeep", people.mayKeep(user));
        model.addAttribute("kinds", CourseKind.values());
        if (!model.containsAttribute("courseForm")) {
            model.addAttribute("courseForm", new CourseForm(null, null, null, null, null, null, null));
        }
        return "people/training-courses";
    }

    @PostMapping("/people/{id}/courses")
    String addCourse(@PathVariable Long id, @Valid @ModelAttribute("courseForm") CourseForm form,
            BindingResult binding, @RequestParam(name = "certificate", required = false) MultipartFile certificate,
            @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect,
            HttpServletResponse response) throws IOException {
        Long fileId = null;
        if (!binding.hasErrors() && certificate != null && !certificate.isEmpty()) {
            try (var in = certificate.getInputStream()) {
                fileId = storage.store(certificate.getOriginalFilename(), in, user.id()).id();
            }
        }
        var kept = new CourseForm(form.kind(), form.name(), form.institution(), form.from(), form.to(),
                form.result(), fileId);
        return FormPosts.submit(binding, redirect, "training.flash.courseAdded", Map.of(
                "training.to.beforeFrom", "to"), () -> {
                    records.add(user, id, kept);
                    return "/people/" + id + "/courses";
                }, () -> {
                    response.setStatus(Choices.INVALID);
                    return courses(id, user, model);
                });
    }

    @GetMapping("/people/{id}/courses/{courseId}/certificate")
    ResponseEntity<InputStreamResource> certificate(@PathVariable Long id, @PathVariable Long courseId,
            @AuthenticationPrincipal CurrentUser user) {
        return FileDownloads.send(storage, records.certificate(user, id, courseId));
    }
}
