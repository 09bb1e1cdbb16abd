package vn.eoffice.reports.web;

import java.time.LocalDate;
import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import vn.eoffice.identity.CurrentUser;
import vn.eoffice.reports.DashboardPeriod;
import vn.eoffice.reports.DashboardXlsx;
import vn.eoffice.reports.Dashboards;

/** The dashboard of a period as the Excel download both the page and the API give. */
final class DashboardWorkbook {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private DashboardWorkbook() {
    }

    static ResponseEntity<byte[]> download(Dashboards dashboards, DashboardXlsx xlsx, DashboardPeriod.Kind period,
            LocalDate from, LocalDate to, CurrentUser user, Locale locale) {
        var chosen = DashboardPeriod.of(period, from, to, dashboards.today());
        byte[] bytes = xlsx.write(dashboards.build(user, chosen), locale);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(XLSX))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("dieu-hanh-" + chosen.from() + "-" + chosen.to() + ".xlsx").build().toString())
                .body(bytes);
    }
}
