package vn.eoffice.reports.web;

import java.time.LocalDate;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.eoffice.identity.CurrentUser;
import vn.eoffice.platform.ApiController;
import vn.eoffice.reports.DashboardPeriod;
import vn.eoffice.reports.DashboardXlsx;
import vn.eoffice.reports.Dashboards;

/** The dashboard's Excel export, as the Điều hành page offers it (leaders: the agency; unit heads: their units). */
@ApiController("/api/v1/dashboard")
@Tag(name = "Dashboard")
class DashboardExportApiController {

    private final Dashboards dashboards;
    private final DashboardXlsx xlsx;

    DashboardExportApiController(Dashboards dashboards, DashboardXlsx xlsx) {
        this.dashboards = dashboards;
        this.xlsx = xlsx;
    }

    @GetMapping(path = "/export.xlsx", produces = DashboardWorkbook.XLSX)
    @Operation(summary = "The dashboard's counts for a period as an Excel workbook")
    ResponseEntity<byte[]> export(@RequestParam(required = false) DashboardPeriod.Kind period,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @AuthenticationPrincipal CurrentUser user, Locale locale) {
        return DashboardWorkbook.download(dashboards, xlsx, period, from, to, user, locale);
    }
}
