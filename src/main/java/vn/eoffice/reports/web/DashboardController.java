package vn.eoffice.reports.web;

import java.time.LocalDate;
import java.util.Locale;

import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import vn.eoffice.identity.Candidates;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.reports.DashboardPeriod;
import vn.eoffice.reports.DashboardXlsx;
import vn.eoffice.reports.Dashboards;
import vn.eoffice.tasks.TallyCategory;
import vn.eoffice.tasks.TallyGrouping;
import vn.eoffice.tasks.TrafficLight;

/**
 * The leader's dashboard (điều hành): counts per unit, person and monitored document with traffic lights, the
 * drill-down to the tasks behind each count, and the XLSX export. Leaders see the agency, unit heads their units;
 * the scope is enforced by the task queries, not here.
 */
@Controller
@RequestMapping("/dashboard")
class DashboardController {

    private static final int PAGE_SIZE = 20;

    private final Dashboards dashboards;
    private final DashboardXlsx xlsx;
    private final Candidates candidates;

    DashboardController(Dashboards dashboards, DashboardXlsx xlsx, Candidates candidates) {
        this.dashboards = dashboards;
        this.xlsx = xlsx;
        this.candidates = candidates;
    }

    @GetMapping
    String show(@RequestParam(required = false) DashboardPeriod.Kind period,
            @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            @AuthenticationPrincipal CurrentUser user, Model model) {
        var chosen = DashboardPeriod.of(period, from, to, dashboards.today());
        model.addAttribute("dashboard", dashboards.build(user, chosen));
        model.addAttribute("exportUrl", "/dashboard/export.xlsx?" + query(chosen));
        model.addAttribute("drillUrl", "/dashboard/tasks?" + query(chosen));
        model.addAttribute("kinds", DashboardPeriod.Kind.values());
        model.addAttribute("legend", TrafficLight.GREEN);
        model.addAttribute("categories", TallyCategory.values());
        return htmx != null ? "reports/dashboard :: board" : "reports/dashboard";
    }

    @GetMapping("/tasks")
    String drill(@RequestParam(required = false) DashboardPeriod.Kind period,
            @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to,
            @RequestParam(defaultValue = "UNIT") TallyGrouping grouping, @RequestParam(required = false) Long key,
            @RequestParam(defaultValue = "ASSIGNED") TallyCategory category, @RequestParam(defaultValue = "0") int page,
            @AuthenticationPrincipal CurrentUser user, Model model) {
        var chosen = DashboardPeriod.of(period, from, to, dashboards.today());
        var tasks = dashboards.drill(user, chosen, grouping, key, category, PageRequest.of(Math.max(page, 0),
                PAGE_SIZE));
        model.addAttribute("tasks", tasks);
        model.addAttribute("period", chosen);
        model.addAttribute("backUrl", "/dashboard?" + query(chosen));
        model.addAttribute("grouping", grouping);
        model.addAttribute("category", category);
        model.addAttribute("name", dashboards.name(user, grouping, key));
        model.addAttribute("today", dashboards.today());
        var directory = candidates.directory(user);
        model.addAttribute("units", directory.getUnits());
        model.addAttribute("people", directory.getPeople());
        model.addAttribute("pageBase", UriComponentsBuilder.fromPath("/dashboard/tasks").query(query(chosen))
                .queryParam("grouping", grouping).queryParamIfPresent("key", java.util.Optional.ofNullable(key))
                .queryParam("category", category).encode().build().toUriString());
        return "reports/drill";
    }

    @GetMapping("/export.xlsx")
    ResponseEntity<byte[]> export(@RequestParam(required = false) DashboardPeriod.Kind period,
            @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to,
            @AuthenticationPrincipal CurrentUser user, Locale locale) {
        return DashboardWorkbook.download(dashboards, xlsx, period, from, to, user, locale);
    }

    static String query(DashboardPeriod period) {
        var builder = UriComponentsBuilder.newInstance().queryParam("period", period.kind());
        if (period.kind() == DashboardPeriod.Kind.CUSTOM) {
            builder.queryParam("from", period.from()).queryParam("to", period.to());
        }
        return builder.build().getQuery();
    }
}
