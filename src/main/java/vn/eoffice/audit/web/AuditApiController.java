package vn.eoffice.audit.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

import vn.eoffice.audit.AuditLine;
import vn.eoffice.audit.AuditLog;
import vn.eoffice.audit.ChainVerification;
import vn.eoffice.platform.ApiController;
import vn.eoffice.platform.Dates;

@ApiController("/api/v1/audit")
@Tag(name = "Audit")
@PreAuthorize("hasRole('ADMIN')")
class AuditApiController {

    private final AuditLog audit;
    private final Dates dates;

    AuditApiController(AuditLog audit, Dates dates) {
        this.audit = audit;
        this.dates = dates;
    }

    record EntryView(Long seq, String occurredAt, String actor, String actingFor, String action, String objectType,
            String objectId, String details, String remoteAddress, String outcome, String hash) {

        static EntryView of(AuditLine e) {
            return new EntryView(e.seq(), e.occurredAt().toString(), e.actorUsername(), e.actingFor(), e.action(),
                    e.objectType(), e.objectId(), e.details(), e.remoteAddress(), e.outcome().name(), e.hash());
        }
    }

    record EntryPage(List<EntryView> content, int page, int size, long totalElements) {
    }

    @GetMapping("/verify")
    @Operation(summary = "Walk the hash chain and report the first broken line, if any")
    ChainVerification verify() {
        return audit.verify();
    }

    @GetMapping
    @Operation(summary = "Audit entries, newest first, filtered")
    EntryPage list(@ModelAttribute AuditFilter filter, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        var result = audit.find(filter.toQuery(dates.zone()),
                PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 500)));
        return new EntryPage(result.map(EntryView::of).getContent(), result.getNumber(), result.getSize(),
                result.getTotalElements());
    }
}
