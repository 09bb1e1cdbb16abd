package vn.eoffice.organization.web;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

import vn.eoffice.organization.AgencyCatalog;
import vn.eoffice.organization.AgencyDetails;
import vn.eoffice.organization.LineageKind;
import vn.eoffice.organization.OrganizationManagement;
import vn.eoffice.organization.OrganizationTree;
import vn.eoffice.organization.web.ApiViews.AgencyNodeView;
import vn.eoffice.organization.web.ApiViews.AgencyView;
import vn.eoffice.organization.web.ApiViews.LineageView;
import vn.eoffice.organization.web.ApiViews.PageView;
import vn.eoffice.organization.web.ApiViews.UnitView;
import vn.eoffice.platform.ApiController;

@ApiController("/api/v1")
@Tag(name = "Organization", description = "Agencies, their units and the organisation tree as of a date")
class AgencyApiController {

    private static final int MAX_PAGE_SIZE = 100;

    private final AgencyCatalog catalog;
    private final OrganizationTree tree;
    private final OrganizationManagement management;
    private final Clock clock;

    AgencyApiController(AgencyCatalog catalog, OrganizationTree tree, OrganizationManagement management,
            Clock clock) {
        this.catalog = catalog;
        this.tree = tree;
        this.management = management;
        this.clock = clock;
    }

    @GetMapping("/agencies")
    @Operation(operationId = "agency.list",
            summary = "Agencies, paged; search by name, abbreviation or identifier code, with or without diacritics")
    PageView<AgencyView> agencies(
            @Parameter(description = "true: agencies using this installation; false: the address book")
            @RequestParam(required = false) Boolean hosted,
            @RequestParam(required = false) String q,
            @Parameter(description = "only agencies in force on this date (e.g. today, to offer them for a new "
                    + "document); without it merged, split and dissolved agencies are listed too")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate inForceOn,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        var request = PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), MAX_PAGE_SIZE));
        return PageView.of(catalog.search(hosted, q, inForceOn, request), AgencyView::of);
    }

    @GetMapping("/agencies/{id}")
    @Operation(operationId = "agency.get", summary = "One agency")
    AgencyView agency(@PathVariable Long id) {
        return AgencyView.of(catalog.agency(id));
    }

    @GetMapping("/agencies/{id}/units")
    @Operation(summary = "The agency's units in force on a date (default today)")
    List<UnitView> units(@PathVariable Long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        catalog.agency(id);
        var date = asOf == null ? LocalDate.now(clock) : asOf;
        return catalog.units(id).stream().filter(unit -> unit.getValidity().includes(date)).map(UnitView::of)
                .toList();
    }

    @GetMapping("/organization/tree")
    @Operation(summary = "The organisation tree on a date (default today): agencies nested, with their units")
    List<AgencyNodeView> tree(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return tree.asOf(asOf == null ? LocalDate.now(clock) : asOf, false).stream().map(AgencyNodeView::of).toList();
    }

    @GetMapping("/organization/lineage")
    @Operation(summary = "Mergers, splits, renames and dissolutions, latest first")
    List<LineageView> lineage() {
        return tree.history().stream().map(LineageView::of).toList();
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/organization/lineage")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Record a merger, split, rename or dissolution (administrators): the former agencies end "
            + "the day before the effective date; a dissolution names no successor")
    ResponseEntity<LineageView> recordLineage(@Valid @RequestBody LineageRequest body) {
        var event = management.recordLineage(body.kind(), body.effectiveDate(), body.note(), body.predecessors(),
                body.successors() == null ? java.util.Set.of() : body.successors());
        var view = tree.history().stream().filter(entry -> entry.id().equals(event.id())).findFirst()
                .map(LineageView::of).orElseThrow();
        return ResponseEntity.created(URI.create("/api/v1/organization/lineage")).body(view);
    }

    /** A change to record: for a dissolution, {@code successors} stays empty. */
    record LineageRequest(@NotNull(message = "{field.required}") LineageKind kind,
            @NotNull(message = "{field.required}") LocalDate effectiveDate,
            @Size(max = 1000, message = "{field.tooLong}") String note,
            @NotEmpty(message = "{lineage.predecessors.required}") java.util.Set<Long> predecessors,
            java.util.Set<Long> successors) {
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/agencies")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Create an agency (administrators); by default an address-book entry")
    ResponseEntity<AgencyView> create(@Valid @RequestBody AgencyDetails details,
            @Parameter(description = "true to create an agency that works in this installation")
            @RequestParam(defaultValue = "false") boolean hosted) {
        var agency = management.createAgency(details, hosted);
        return ResponseEntity.created(URI.create("/api/v1/agencies/" + agency.getId())).body(AgencyView.of(agency));
    }
}
