package vn.eoffice.evaluation.web;

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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.eoffice.evaluation.CollectiveMeeting;
import vn.eoffice.evaluation.Decision;
import vn.eoffice.evaluation.EvaluationManagement;
import vn.eoffice.evaluation.EvaluationQueries;
import vn.eoffice.evaluation.MeetingMinutes;
import vn.eoffice.evaluation.Proposal;
import vn.eoffice.evaluation.Rating;
import vn.eoffice.evaluation.SelfAssessment;
import vn.eoffice.files.FileDownloads;
import vn.eoffice.files.FileStorage;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.platform.FormPosts;

/** One evaluation sheet: its figures, the step the viewer may take, and the tasks behind the figures. */
@Controller
@RequestMapping("/evaluation/sheets/{id}")
class SheetController {

    private static final Map<String, String> FIELDS = Map.of("evaluation.organising.required", "organising",
            "evaluation.meeting.date.future", "date", "evaluation.votes.exceed", "agree");

    private final EvaluationQueries queries;
    private final EvaluationManagement management;
    private final MeetingMinutes minutes;
    private final FileStorage storage;

    SheetController(EvaluationQueries queries, EvaluationManagement management, MeetingMinutes minutes,
            FileStorage storage) {
        this.queries = queries;
        this.management = management;
        this.minutes = minutes;
        this.storage = storage;
    }

    @GetMapping
    String show(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        var page = queries.sheet(user, id);
        model.addAttribute("page", page);
        model.addAttribute("ratings", Rating.values());
        var self = page.sheet().self();
        if (!model.containsAttribute("selfForm")) {
            model.addAttribute("selfForm", new SelfAssessment(null, null, null));
        }
        if (!model.containsAttribute("proposalForm")) {
            model.addAttribute("proposalForm", new Proposal(self.general(), null, false, false, false,
                    page.figures().rating(), null));
        }
        if (!model.containsAttribute("meetingForm")) {
            model.addAttribute("meetingForm", new CollectiveMeeting(null, null, null, null, null,
                    page.sheet().head().rating()));
        }
        if (!model.containsAttribute("decisionForm")) {
            model.addAttribute("decisionForm", new Decision(page.figures().rating(), null));
        }
        return "evaluation/sheet";
    }

    @PostMapping("/self")
    String self(@PathVariable Long id, @Valid @ModelAttribute("selfForm") SelfAssessment form, BindingResult binding,
            @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        return step(new Step(id, user, model, binding, redirect, response), "evaluation.flash.self",
                () -> management.assessSelf(user, id, form));
    }

    @PostMapping("/proposal")
    String propose(@PathVariable Long id, @Valid @ModelAttribute("proposalForm") Proposal form,
            BindingResult binding, @AuthenticationPrincipal CurrentUser user, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        return step(new Step(id, user, model, binding, redirect, response), "evaluation.flash.proposed",
                () -> management.propose(user, id, form));
    }

    @PostMapping("/meeting")
    String meeting(@PathVariable Long id, @Valid @ModelAttribute("meetingForm") CollectiveMeeting form,
            BindingResult binding, @RequestParam(name = "minutesFile", required = false) MultipartFile file,
            @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        return step(new Step(id, user, model, binding, redirect, response), "evaluation.flash.meeting", () -> {
            var meeting = form;
            if (file != null && !file.isEmpty()) {
                try (var in = file.getInputStream()) {
                    meeting = form.withMinutesFile(minutes.store(user, file.getOriginalFilename(), in));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
            management.recordMeeting(user, id, meeting);
        });
    }

    @GetMapping("/minutes")
    ResponseEntity<InputStreamResource> minutes(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user) {
        return FileDownloads.send(storage, minutes.file(user, id));
    }

    @PostMapping("/decision")
    String decide(@PathVariable Long id, @Valid @ModelAttribute("decisionForm") Decision form,
            BindingResult binding, @AuthenticationPrincipal CurrentUser user, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        return step(new Step(id, user, model, binding, redirect, response), "evaluation.flash.decided",
                () -> management.decide(user, id, form));
    }

    @GetMapping("/tasks")
    String tasks(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("page", queries.sheet(user, id));
        model.addAttribute("lines", queries.lines(user, id));
        return "evaluation/tasks";
    }

    @PostMapping("/tasks/{taskId}/mark")
    String mark(@PathVariable Long id, @PathVariable Long taskId,
            @RequestParam(defaultValue = "false") boolean objectiveCause,
            @RequestParam(defaultValue = "false") boolean exceeding, @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        return FormPosts.act(redirect, "evaluation.flash.marked", "/evaluation/sheets/" + id + "/tasks",
                () -> management.markTask(user, id, taskId, objectiveCause, exceeding));
    }

    /** One step's form post: its sheet, who posts, and what the answer needs. */
    private record Step(Long id, CurrentUser user, Model model, BindingResult binding, RedirectAttributes redirect,
            HttpServletResponse response) {
    }

    /** Runs the step; a refusal shows the sheet again with the input and the reason (422). */
    private String step(Step step, String done, Runnable change) {
        return FormPosts.submit(step.binding(), step.redirect(), done, FIELDS, () -> {
            change.run();
            return "/evaluation/sheets/" + step.id();
        }, () -> {
            step.response().setStatus(EvaluationController.INVALID);
            return show(step.id(), step.user(), step.model());
        });
    }
}
