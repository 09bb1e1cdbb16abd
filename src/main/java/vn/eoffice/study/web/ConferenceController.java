package vn.eoffice.study.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.eoffice.identity.CurrentUser;
import vn.eoffice.meetings.ReadinessItem;
import vn.eoffice.meetings.ReadinessLine;
import vn.eoffice.platform.FormPosts;
import vn.eoffice.study.ConferenceForm;
import vn.eoffice.study.ConferenceSetup;

/** The programme's conference: scheduling it with its points, every point's readiness, a committee's checklist. */
@Controller
@RequestMapping("/study/programmes/{id}/conference")
class ConferenceController {

    private final ConferenceSetup conferences;

    ConferenceController(ConferenceSetup conferences) {
        this.conferences = conferences;
    }

    @GetMapping
    String page(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new ConferenceForm(null, java.time.LocalTime.of(8, 0),
                    java.time.LocalTime.of(11, 30), null));
        }
        return show(id, user, model);
    }

    private String show(Long id, CurrentUser user, Model model) {
        model.addAttribute("page", conferences.page(user, id));
        model.addAttribute("items", ReadinessItem.values());
        return "study/conference";
    }

    @PostMapping
    String create(@PathVariable Long id, @Valid @ModelAttribute("form") ConferenceForm form, BindingResult binding,
            @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        return FormPosts.submit(binding, redirect, "study.flash.conference", Map.of(
                "study.conference.endBeforeStart", "endTime"), () -> {
                    conferences.create(user, id, form);
                    return "/study/programmes/" + id + "/conference";
                }, () -> {
                    response.setStatus(StudyController.INVALID);
                    return show(id, user, model);
                });
    }

    /** The checklist as the form sends it: ok_ITEM = true/false and note_ITEM for each item. */
    @PostMapping("/points/{pointId}/readiness")
    String check(@PathVariable Long id, @PathVariable Long pointId, @RequestParam Map<String, String> fields,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        var lines = new ArrayList<ReadinessLine>();
        for (var item : ReadinessItem.values()) {
            String ok = fields.get("ok_" + item.name());
            lines.add(new ReadinessLine(item, ok == null || ok.isBlank() ? null : Boolean.valueOf(ok),
                    fields.get("note_" + item.name())));
        }
        return FormPosts.act(redirect, "study.flash.readiness", "/study/programmes/" + id + "/conference",
                () -> conferences.check(user, id, pointId, List.copyOf(lines)));
    }
}
