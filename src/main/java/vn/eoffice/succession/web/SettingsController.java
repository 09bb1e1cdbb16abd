package vn.eoffice.succession.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.eoffice.identity.CurrentUser;
import vn.eoffice.people.EducationLevel;
import vn.eoffice.people.TheoryLevel;
import vn.eoffice.platform.FormPosts;
import vn.eoffice.succession.LeadershipLevel;
import vn.eoffice.succession.PostForm;
import vn.eoffice.succession.StandardView;
import vn.eoffice.succession.SuccessionQueries;
import vn.eoffice.succession.SuccessionSettings;
import vn.eoffice.succession.Targets;

/** The posts planned for, each level's standards and the structure targets (the personnel office edits). */
@Controller
class SettingsController {

    private static final String PAGE = "/succession/settings";

    private final SuccessionSettings settings;
    private final SuccessionQueries queries;

    SettingsController(SuccessionSettings settings, SuccessionQueries queries) {
        this.settings = settings;
        this.queries = queries;
    }

    @GetMapping(PAGE)
    String page(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("posts", settings.posts(user));
        model.addAttribute("positions", settings.unplannedPositions(user));
        model.addAttribute("standards", settings.standards(user));
        model.addAttribute("mayKeep", queries.mayKeep(user));
        model.addAttribute("levels", LeadershipLevel.values());
        model.addAttribute("theoryLevels", new TheoryLevel[] { TheoryLevel.ELEMENTARY, TheoryLevel.INTERMEDIATE,
                TheoryLevel.ADVANCED });
        model.addAttribute("educationLevels", new EducationLevel[] { EducationLevel.VOCATIONAL,
                EducationLevel.COLLEGE, EducationLevel.UNIVERSITY, EducationLevel.MASTER });
        if (!model.containsAttribute("targets")) {
            model.addAttribute("targets", settings.targets(user));
        }
        if (!model.containsAttribute("postForm")) {
            model.addAttribute("postForm", new PostForm(null, null, null));
        }
        return "succession/settings";
    }

    @PostMapping(PAGE + "/posts")
    String addPost(@Valid @ModelAttribute("postForm") PostForm form, BindingResult binding,
            @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        return FormPosts.submit(binding, redirect, "succession.flash.postAdded", Map.of(
                "succession.form.postName.required", "name", "succession.rule.postExists", "name",
                "succession.form.position.unknown", "positionId"), () -> {
                    settings.addPost(user, form);
                    return PAGE;
                }, () -> {
                    response.setStatus(SuccessionController.INVALID);
                    return page(user, model);
                });
    }

    @PostMapping(PAGE + "/standards")
    String saveStandard(@Valid @ModelAttribute("standard") StandardView form, BindingResult binding,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            FormPosts.refuse(redirect, "succession.form.age.range");
            return "redirect:" + PAGE;
        }
        return FormPosts.act(redirect, "succession.flash.standardSaved", PAGE, () -> settings.saveStandard(user, form));
    }

    @PostMapping(PAGE + "/targets")
    String saveTargets(@Valid @ModelAttribute("targets") Targets form, BindingResult binding,
            @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        return FormPosts.submit(binding, redirect, "succession.flash.targetsSaved", Map.of(), () -> {
            settings.saveTargets(user, form);
            return PAGE;
        }, () -> {
            response.setStatus(SuccessionController.INVALID);
            return page(user, model);
        });
    }
}
