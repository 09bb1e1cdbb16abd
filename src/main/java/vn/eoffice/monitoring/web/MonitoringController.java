package vn.eoffice.monitoring.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.validation.Valid;

import org.springframework.core.io.InputStreamResource;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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

import vn.eoffice.documents.Box;
import vn.eoffice.documents.DocumentQueries;
import vn.eoffice.files.FileDownloads;
import vn.eoffice.files.FileStorage;
import vn.eoffice.identity.Candidates;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.identity.Role;
import vn.eoffice.monitoring.ConsolidatedReports;
import vn.eoffice.monitoring.DocumentKind;
import vn.eoffice.monitoring.ItemForm;
import vn.eoffice.monitoring.MonitoredDocumentForm;
import vn.eoffice.monitoring.MonitoringManagement;
import vn.eoffice.monitoring.MonitoringQueries;
import vn.eoffice.monitoring.RecommendationForm;
import vn.eoffice.monitoring.ReportForm;
import vn.eoffice.monitoring.ReportingFrequency;
import vn.eoffice.monitoring.SupervisionPlanView;
import vn.eoffice.monitoring.SupervisionForm;
import vn.eoffice.monitoring.SupervisionKind;
import vn.eoffice.platform.Choice;
import vn.eoffice.platform.FormPosts;
import vn.eoffice.tasks.TaskQueries;

/**
 * Monitored Party documents: the list with traffic lights, registration, the detail page (plan items and their
 * tasks, reporting periods with who has and has not reported, supervision plans), the unit report form, the
 * consolidated report and report files. Every rule is checked again by the monitoring services.
 */
@Controller
@RequestMapping("/monitoring")
class MonitoringController {

    private static final Map<String, String> FIELDS = Map.of(
            "monitoring.reporting.untilBeforeFrom", "reportingUntil",
            "monitoring.document.unknown", "documentId",
            "monitoring.supervision.endBeforeStart", "endDate",
            "monitoring.supervision.units.required", "unitIds",
            "monitoring.recommendation.unitNotChecked", "unitId",
            "task.deadline.beforeStart", "deadline");

    private final MonitoringManagement management;
    private final MonitoringQueries queries;
    private final ConsolidatedReports consolidated;
    private final DocumentQueries documents;
    private final TaskQueries tasks;
    private final ReportUploads uploads;
    private final FileStorage storage;
    private final Candidates candidates;

    MonitoringController(MonitoringManagement management, MonitoringQueries queries,
            ConsolidatedReports consolidated, DocumentQueries documents, TaskQueries tasks,
            ReportUploads uploads, FileStorage storage, Candidates candidates) {
        this.candidates = candidates;
        this.management = management;
        this.queries = queries;
        this.consolidated = consolidated;
        this.documents = documents;
        this.tasks = tasks;
        this.uploads = uploads;
        this.storage = storage;
    }

    static boolean mayRegister(CurrentUser user) {
        return user.hasRole(Role.LEADER) || (user.unitId() != null
                && (user.hasRole(Role.UNIT_HEAD) || user.hasRole(Role.OFFICER)));
    }

    @GetMapping
    String list(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("rows", queries.list(user));
        model.addAttribute("units", candidates.directory(user).getUnits());
        model.addAttribute("mayRegister", mayRegister(user));
        model.addAttribute("legend", vn.eoffice.tasks.TrafficLight.GREEN);
        return "monitoring/list";
    }

    @GetMapping("/new")
    String newForm(@AuthenticationPrincipal CurrentUser user, Model model) {
        var today = tasks.today();
        model.addAttribute("form", new MonitoredDocumentForm(DocumentKind.RESOLUTION, null, null, null, null, null,
                user.hasRole(Role.LEADER) ? null : user.unitId(), ReportingFrequency.QUARTERLY,
                today.withDayOfYear(1), today.withDayOfYear(1).plusYears(1).minusDays(1), 5));
        return formPage(user, model);
    }

    @PostMapping
    String register(@Valid @ModelAttribute("form") MonitoredDocumentForm form, BindingResult binding,
            @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        return FormPosts.submit(binding, redirect, "monitoring.flash.registered", FIELDS,
                () -> "/monitoring/" + management.register(user, form).id(), () -> formPage(user, model));
    }

    private String formPage(CurrentUser user, Model model) {
        var units = new java.util.LinkedHashMap<>(candidates.directory(user).getUnits());
        if (!user.hasRole(Role.LEADER)) {
            units.keySet().removeIf(id -> !id.equals(user.unitId()));
        }
        model.addAttribute("units", units);
        // the same units in the picker, as a tree: a unit head registers for his own unit only
        model.addAttribute("unitChoices", Choice.only(candidates.units(user.agencyId()), units.keySet()));
        model.addAttribute("kinds", DocumentKind.values());
        model.addAttribute("frequencies", ReportingFrequency.values());
        model.addAttribute("incoming", documents.incoming(user, Box.ALL, PageRequest.of(0, 200)).getContent());
        return "monitoring/form";
    }

    @GetMapping("/{id}")
    String show(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        return page(id, user, model);
    }

    @PostMapping("/{id}/items")
    String addItem(@PathVariable Long id, @Valid @ModelAttribute("itemForm") ItemForm form, BindingResult binding,
            @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        return act(id, user, model, redirect, binding, "monitoring.flash.itemAdded",
                () -> management.addItem(user, id, form));
    }

    @PostMapping("/{id}/supervisions")
    String planSupervision(@PathVariable Long id, @Valid @ModelAttribute("supervisionForm") SupervisionForm form,
            BindingResult binding, @AuthenticationPrincipal CurrentUser user, Model model,
            RedirectAttributes redirect) {
        return act(id, user, model, redirect, binding, "monitoring.flash.supervisionPlanned",
                () -> management.planSupervision(user, id, form));
    }

    @PostMapping("/{id}/supervisions/{planId}/findings")
    String findings(@PathVariable Long id, @PathVariable Long planId,
            @Valid @ModelAttribute("findingsForm") Forms.Findings form, BindingResult binding,
            @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        return act(id, user, model, redirect, binding, "monitoring.flash.findings",
                () -> management.recordFindings(user, planId, form.findings()));
    }

    @PostMapping("/{id}/supervisions/{planId}/recommendations")
    String recommend(@PathVariable Long id, @PathVariable Long planId,
            @Valid @ModelAttribute("recommendationForm") RecommendationForm form, BindingResult binding,
            @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        return act(id, user, model, redirect, binding, "monitoring.flash.recommended",
                () -> management.recommend(user, planId, form));
    }

    @GetMapping("/{id}/periods/{start}/report")
    String reportForm(@PathVariable Long id, @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate start,
            @RequestParam Long unit, @AuthenticationPrincipal CurrentUser user, Model model) {
        var details = queries.details(user, id);
        var existing = details.periods().stream().filter(p -> p.period().start().equals(start))
                .flatMap(p -> p.units().stream()).filter(u -> u.unitId().equals(unit) && u.report() != null)
                .findFirst();
        if (!model.containsAttribute("reportForm")) {
            model.addAttribute("reportForm", existing.map(u -> new ReportForm(u.report().done(),
                    u.report().inProgress(), u.report().difficulties(), u.report().proposals()))
                    .orElse(new ReportForm(null, null, null, null)));
        }
        return reportPage(details, start, unit, user, model);
    }

    private String reportPage(vn.eoffice.monitoring.MonitoringViews.Details details, LocalDate start, Long unit,
            CurrentUser user, Model model) {
        if (!details.reportableUnits().contains(unit)) {
            throw new org.springframework.security.access.AccessDeniedException("denied");
        }
        model.addAttribute("details", details);
        model.addAttribute("period", details.periods().stream().filter(p -> p.period().start().equals(start))
                .findFirst().orElseThrow(() -> new vn.eoffice.platform.NotFoundException("period")).period());
        model.addAttribute("unit", unit);
        model.addAttribute("units", candidates.directory(user).getUnits());
        return "monitoring/report";
    }

    @PostMapping("/{id}/periods/{start}/report")
    String submitReport(@PathVariable Long id,
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate start, @RequestParam Long unit,
            @Valid @ModelAttribute("reportForm") ReportForm form, BindingResult binding,
            @RequestParam(name = "files", required = false) List<MultipartFile> files,
            @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        return FormPosts.submit(binding, redirect, "monitoring.flash.reported", FIELDS, () -> {
            management.submitReport(user, id, start, unit, form, uploads.store(user, files));
            return "/monitoring/" + id;
        }, () -> reportPage(queries.details(user, id), start, unit, user, model));
    }

    @GetMapping("/{id}/periods/{start}/consolidated.docx")
    ResponseEntity<byte[]> consolidated(@PathVariable Long id,
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate start,
            @AuthenticationPrincipal CurrentUser user, Locale locale) {
        byte[] docx = consolidated.docx(user, id, start, locale);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(consolidated.fileName(id, start)).build().toString())
                .body(docx);
    }

    @GetMapping("/{id}/reports/{reportId}/files/{fileId}")
    ResponseEntity<InputStreamResource> reportFile(@PathVariable Long id, @PathVariable Long reportId,
            @PathVariable Long fileId, @AuthenticationPrincipal CurrentUser user) {
        return FileDownloads.send(storage, storage.find(queries.reportFile(user, id, reportId, fileId)));
    }

    private String act(Long id, CurrentUser user, Model model, RedirectAttributes redirect, BindingResult binding,
            String flash, Runnable action) {
        return FormPosts.submit(binding, redirect, flash, FIELDS, () -> {
            action.run();
            return "/monitoring/" + id;
        }, () -> page(id, user, model));
    }

    private String page(Long id, CurrentUser user, Model model) {
        var details = queries.details(user, id);
        model.addAttribute("details", details);
        var directory = candidates.directory(user);
        model.addAttribute("units", directory.getUnits());
        model.addAttribute("people", directory.getPeople());
        model.addAttribute("unitChoices", directory.getUnitChoices());
        model.addAttribute("peopleChoices", directory.getPeopleChoices());
        // a recommendation goes to one of the units the plan supervised
        model.addAttribute("planUnitChoices", details.supervisions().stream().collect(java.util.stream.Collectors
                .toMap(SupervisionPlanView::id, plan -> Choice.only(directory.getUnitChoices(), plan.unitIds()))));
        model.addAttribute("today", tasks.today());
        model.addAttribute("supervisionKinds", SupervisionKind.values());
        model.addAttribute("legend", vn.eoffice.tasks.TrafficLight.GREEN);
        ensure(model, "itemForm", () -> new ItemForm(null, null, null, null, null, null));
        ensure(model, "supervisionForm", () -> new SupervisionForm(SupervisionKind.INSPECTION, null, null, null,
                null, null));
        ensure(model, "findingsForm", () -> new Forms.Findings(null));
        ensure(model, "recommendationForm", () -> new RecommendationForm(null, null, null));
        return "monitoring/detail";
    }

    private static void ensure(Model model, String name, Supplier<Object> form) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, form.get());
        }
    }
}
