package vn.eoffice.monitoring.web;

import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.eoffice.identity.CurrentUser;
import vn.eoffice.monitoring.CommitteeExports;
import vn.eoffice.monitoring.CommitteeQueries;
import vn.eoffice.monitoring.ProgrammeLight;

/**
 * The province view of the committees (every monitored document in force, each committee's light for its current
 * period, the overdue list) with its XLSX export, and a committee's own list of what it owes.
 */
@Controller
@RequestMapping("/monitoring")
class ProvinceController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final CommitteeQueries queries;
    private final CommitteeExports exports;

    ProvinceController(CommitteeQueries queries, CommitteeExports exports) {
        this.queries = queries;
        this.exports = exports;
    }

    @GetMapping("/committees")
    String province(@RequestParam(required = false) Long committee, @RequestParam(required = false) ProgrammeLight light,
            @AuthenticationPrincipal CurrentUser user, Model model) {
        var all = queries.province(user, null, null);
        model.addAttribute("province", queries.province(user, committee, light));
        model.addAttribute("committees", all.rows().stream().collect(java.util.stream.Collectors.toMap(
                r -> r.committeeId(), r -> r.committee(), (a, b) -> a, java.util.TreeMap::new)));
        model.addAttribute("committee", committee);
        model.addAttribute("light", light);
        model.addAttribute("lights", ProgrammeLight.values());
        return "monitoring/committees";
    }

    @GetMapping("/committees/export.xlsx")
    ResponseEntity<byte[]> export(@RequestParam(required = false) Long committee,
            @RequestParam(required = false) ProgrammeLight light, @AuthenticationPrincipal CurrentUser user,
            Locale locale) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(XLSX))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("cap-uy-bao-cao.xlsx").build().toString())
                .body(exports.xlsx(user, committee, light, locale));
    }

    @GetMapping("/committee-work")
    String work(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("documents", queries.reportedOnBy(user));
        model.addAttribute("province", queries.province(user, user.agencyId(), null));
        return "monitoring/committee-work";
    }
}
