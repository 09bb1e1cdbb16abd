package vn.eoffice.audit.web;

import java.util.Optional;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import vn.eoffice.audit.AuditLog;
import vn.eoffice.audit.Outcome;
import vn.eoffice.platform.Dates;

/**
 * The audit screen (administrators only, by URL rule): filters, pages, and a chain check.
 */
@Controller
@RequestMapping("/admin/audit")
class AuditController {

    private static final int PAGE_SIZE = 50;

    private final AuditLog audit;
    private final Dates dates;

    AuditController(AuditLog audit, Dates dates) {
        this.audit = audit;
        this.dates = dates;
    }

    @GetMapping
    String list(@ModelAttribute("filter") AuditFilter filter, @RequestParam(defaultValue = "0") int page,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        var entries = audit.find(filter.toQuery(dates.zone()), PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("entries", entries);
        model.addAttribute("outcomes", Outcome.values());
        model.addAttribute("pageBase", UriComponentsBuilder.fromPath("/admin/audit")
                .queryParamIfPresent("username", blankToEmpty(filter.username()))
                .queryParamIfPresent("action", blankToEmpty(filter.action()))
                .queryParamIfPresent("objectType", blankToEmpty(filter.objectType()))
                .queryParamIfPresent("objectId", blankToEmpty(filter.objectId()))
                .queryParamIfPresent("outcome", Optional.ofNullable(filter.outcome()))
                .queryParamIfPresent("from", Optional.ofNullable(filter.from()))
                .queryParamIfPresent("to", Optional.ofNullable(filter.to()))
                .encode().build().toUriString());
        return htmx != null ? "audit/list :: results" : "audit/list";
    }

    private static Optional<String> blankToEmpty(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    @PostMapping("/verify")
    String verify(Model model) {
        model.addAttribute("verification", audit.verify());
        return "audit/list :: verification";
    }
}
