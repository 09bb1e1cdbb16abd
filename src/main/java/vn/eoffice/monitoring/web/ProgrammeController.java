package vn.eoffice.monitoring.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

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

import vn.eoffice.identity.CurrentUser;
import vn.eoffice.monitoring.ActionProgrammeForm;
import vn.eoffice.monitoring.ActionProgrammes;
import vn.eoffice.monitoring.CommitteeQueries;
import vn.eoffice.monitoring.CommitteeReporting;
import vn.eoffice.organization.OrganizationDirectory;
import vn.eoffice.platform.FormPosts;
import vn.eoffice.platform.NotFoundException;

/**
 * Action programmes on a monitored resolution: the commission asks committees for theirs by a day; a committee (or
 * the commission for an external one) submits its programme with its items.
 */
@Controller
@RequestMapping("/monitoring/{id}/programmes")
class ProgrammeController {

    static final int ROWS = 5;

    private final ActionProgrammes programmes;
    private final CommitteeReporting reporting;
    private final CommitteeQueries queries;
    private final OrganizationDirectory organization;
    private final ReportUploads uploads;

    ProgrammeController(ActionProgrammes programmes, CommitteeReporting reporting, CommitteeQueries queries,
            OrganizationDirectory organization, ReportUploads uploads) {
        this.programmes = programmes;
        this.reporting = reporting;
        this.queries = queries;
        this.organization = organization;
        this.uploads = uploads;
    }

    @PostMapping
    String require(@PathVariable Long id, @RequestParam(name = "dueOn", required = false) LocalDate dueOn,
            @RequestParam(name = "committeeIds", required = false) Set<Long> chosen,
            @RequestParam(name = "all", defaultValue = "false") boolean all,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        return FormPosts.act(redirect, "monitoring.flash.programmesRequired", "/monitoring/" + id + "/committees",
                () -> programmes.require(user, id, all ? reporting.allCommittees(user) : chosen, dueOn));
    }

    @GetMapping("/{committeeId}")
    String form(@PathVariable Long id, @PathVariable Long committeeId, @AuthenticationPrincipal CurrentUser user,
            Model model) {
        if (!model.containsAttribute("programmeForm")) {
            model.addAttribute("programmeForm", new ActionProgrammeForm(null, null, List.of()));
        }
        return page(id, committeeId, user, model);
    }

    private String page(Long id, Long committeeId, CurrentUser user, Model model) {
        var line = programmes.status(user, id).stream().filter(p -> p.committeeId().equals(committeeId))
                .findFirst().orElseThrow(() -> new NotFoundException("programme"));
        model.addAttribute("board", queries.board(user, id));
        model.addAttribute("line", line);
        var committee = organization.agency(committeeId);
        model.addAttribute("leadUnits", committee.hosted()
                ? organization.units(committeeId, LocalDate.now()) : List.of());
        var items = new ArrayList<>(((ActionProgrammeForm) model.getAttribute("programmeForm")).items() == null
                ? List.<ActionProgrammeForm.Item>of() : ((ActionProgrammeForm) model.getAttribute("programmeForm"))
                        .items());
        while (items.size() < ROWS) {
            items.add(new ActionProgrammeForm.Item(null, null, null));
        }
        model.addAttribute("rows", items);
        return "monitoring/programme";
    }

    @PostMapping("/{committeeId}")
    String submit(@PathVariable Long id, @PathVariable Long committeeId,
            @ModelAttribute("programmeForm") ActionProgrammeForm form, BindingResult binding,
            @RequestParam(name = "files", required = false) List<MultipartFile> files,
            @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        // rows left empty on the form are not items
        var filled = form.items() == null ? List.<ActionProgrammeForm.Item>of() : form.items().stream()
                .filter(i -> i != null && !((i.content() == null || i.content().isBlank()) && i.deadline() == null
                        && i.leadUnitId() == null)).toList();
        var cleaned = new ActionProgrammeForm(form.title(), form.notation(), filled);
        return FormPosts.submit(binding, redirect, "monitoring.flash.programmeSubmitted", FIELDS, () -> {
            programmes.submit(user, id, committeeId, cleaned, uploads.store(user, files));
            return "/monitoring/" + id + "/committees";
        }, () -> page(id, committeeId, user, model));
    }

    static final java.util.Map<String, String> FIELDS = java.util.Map.of(
            "monitoring.programme.title.required", "title");
}
