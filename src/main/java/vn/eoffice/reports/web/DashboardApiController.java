package vn.eoffice.reports.web;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.eoffice.identity.CurrentUser;
import vn.eoffice.platform.ApiController;
import vn.eoffice.reports.Dashboard;
import vn.eoffice.reports.DashboardPeriod;
import vn.eoffice.reports.Dashboards;
import vn.eoffice.tasks.TallyCategory;
import vn.eoffice.tasks.TallyGrouping;
import vn.eoffice.tasks.TaskSummary;

@ApiController("/api/v1/dashboard")
@Tag(name = "Dashboard", description = "Task counts per unit, person and monitored document with traffic lights"
        + " (leaders: the agency; unit heads: their units)")
class DashboardApiController {

    private final Dashboards dashboards;

    DashboardApiController(Dashboards dashboards) {
        this.dashboards = dashboards;
    }

    @GetMapping
    @Operation(operationId = "dashboard.counts",
            summary = "Counts for a period: QUARTER (default), YEAR, or CUSTOM with from and to")
    Dashboard dashboard(@RequestParam(required = false) DashboardPeriod.Kind period,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @AuthenticationPrincipal CurrentUser user) {
        return dashboards.build(user, DashboardPeriod.of(period, from, to, dashboards.today()));
    }

    @GetMapping("/tasks")
    @Operation(summary = "The tasks behind one count (grouping UNIT, PERSON or MONITORED_DOCUMENT; key; category)")
    org.springframework.data.web.PagedModel<TaskSummary> tasks(
            @RequestParam(required = false) DashboardPeriod.Kind period,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "UNIT") TallyGrouping grouping, @RequestParam(required = false) Long key,
            @RequestParam(defaultValue = "ASSIGNED") TallyCategory category,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
            @AuthenticationPrincipal CurrentUser user) {
        var chosen = DashboardPeriod.of(period, from, to, dashboards.today());
        return new org.springframework.data.web.PagedModel<>(dashboards.drill(user, chosen, grouping, key, category,
                PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 200))));
    }
}
