package vn.eoffice.study.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.eoffice.files.FileDownloads;
import vn.eoffice.files.FileStorage;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.platform.DomainException;
import vn.eoffice.platform.FormPosts;
import vn.eoffice.study.AttendanceSheet;
import vn.eoffice.study.LearnerQueries;
import vn.eoffice.study.LearnerReflections;
import vn.eoffice.study.LearnerRegistration;
import vn.eoffice.study.LearnerRegistry;
import vn.eoffice.study.PartyMemberRoster;
import vn.eoffice.study.ReflectionGrade;
import vn.eoffice.study.SessionKind;
import vn.eoffice.study.StudySessionForm;

/**
 * A committee's learners in a programme (/study/programmes/{id}/learners): registration from the roster, sessions,
 * attendance by cell ("all present except…"), the make-up class, reflections and their grades.
 */
@Controller
class LearnerController {

    private final LearnerQueries queries;
    private final LearnerRegistry registry;
    private final LearnerReflections reflections;
    private final FileStorage storage;
    private final PartyMemberRoster roster;

    LearnerController(LearnerQueries queries, LearnerRegistry registry, LearnerReflections reflections,
            FileStorage storage, PartyMemberRoster roster) {
        this.roster = roster;
        this.queries = queries;
        this.registry = registry;
        this.reflections = reflections;
        this.storage = storage;
    }

    @GetMapping("/study/programmes/{id}/learners")
    String page(@PathVariable Long id, @RequestParam(required = false) Long committee,
            @RequestParam(required = false) String cell, @RequestParam(defaultValue = "0") int page,
            @AuthenticationPrincipal CurrentUser user, Model model) {
        if (committee == null) {
            var committees = queries.committees(user, id);
            if (committees.isEmpty()) {
                throw new vn.eoffice.platform.NotFoundException("no committee");
            }
            return "redirect:/study/programmes/" + id + "/learners?committee=" + committees.get(0).id();
        }
        var view = queries.page(user, id, committee, cell, page);
        model.addAttribute("view", view);
        model.addAttribute("rosterCells", view.mayAct() ? roster.list(user, view.committee().agencyId(), null, null,
                false, 0).cells() : List.of());
        model.addAttribute("kinds", SessionKind.values());
        model.addAttribute("grades", ReflectionGrade.values());
        return "study/learners/learners";
    }

    @PostMapping("/study/programmes/{id}/learners/register")
    String register(@PathVariable Long id, @RequestParam Long committee,
            @RequestParam(required = false) Set<String> cells, @RequestParam(defaultValue = "false") boolean keyLeaders,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        return FormPosts.act(redirect, "study.learner.flash.registered", link(id, committee, null),
                () -> registry.register(user, id, committee, new LearnerRegistration(cells, keyLeaders)));
    }

    @PostMapping("/study/programmes/{id}/learners/sessions")
    String hold(@PathVariable Long id, @RequestParam Long committee, @RequestParam(required = false) SessionKind kind,
            @RequestParam(required = false) LocalDate heldOn, @RequestParam(required = false) String place,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        return FormPosts.act(redirect, "study.session.flash.held", link(id, committee, null),
                () -> registry.hold(user, id, committee, new StudySessionForm(kind, heldOn, place)));
    }

    @PostMapping("/study/programmes/{id}/learners/attendance")
    String attendance(@PathVariable Long id, @RequestParam Long committee, @RequestParam Long session,
            @RequestParam(required = false) String cell, @RequestParam(required = false) List<Long> absent,
            @RequestParam Map<String, String> params, @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        var absences = new LinkedHashMap<Long, String>();
        if (absent != null) {
            absent.forEach(a -> absences.put(a, params.getOrDefault("reason" + a, "")));
        }
        return FormPosts.act(redirect, "study.learner.flash.attendance", link(id, committee, cell),
                () -> registry.markAttendance(user, session, new AttendanceSheet(cell, absences)));
    }

    @PostMapping("/study/programmes/{id}/learners/make-up")
    String makeUp(@PathVariable Long id, @RequestParam Long committee, @RequestParam Long session,
            @RequestParam(required = false) List<Long> came, @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        return FormPosts.act(redirect, "study.makeup.flash.done", link(id, committee, null),
                () -> registry.markMadeUp(user, session, came == null ? List.of() : came));
    }

    @PostMapping("/study/programmes/{id}/learners/{learner}/reflection")
    String reflect(@PathVariable Long id, @PathVariable Long learner, @RequestParam Long committee,
            @RequestParam(required = false) String text, @RequestParam(required = false) MultipartFile file,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        return FormPosts.act(redirect, "study.reflection.flash.submitted", link(id, committee, null), () -> {
            try {
                boolean hasFile = file != null && !file.isEmpty();
                reflections.submit(user, learner, text, hasFile ? file.getOriginalFilename() : null,
                        hasFile ? file.getInputStream() : null);
            } catch (IOException e) {
                throw new DomainException("upload.empty", file.getOriginalFilename());
            }
        });
    }

    @PostMapping("/study/programmes/{id}/learners/{learner}/grade")
    String grade(@PathVariable Long id, @PathVariable Long learner, @RequestParam Long committee,
            @RequestParam(required = false) ReflectionGrade grade, @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        return FormPosts.act(redirect, "study.reflection.flash.graded", link(id, committee, null),
                () -> reflections.grade(user, learner, grade));
    }

    @GetMapping("/study/programmes/{id}/learners/{learner}/reflection")
    ResponseEntity<InputStreamResource> file(@PathVariable Long id, @PathVariable Long learner,
            @AuthenticationPrincipal CurrentUser user) {
        return FileDownloads.send(storage, storage.find(reflections.file(user, learner)));
    }

    static String link(Long programme, Long committee, String cell) {
        return "/study/programmes/" + programme + "/learners?committee=" + committee
                + (cell == null || cell.isBlank() ? "" : "&cell=" + MemberController.encode(cell));
    }
}
