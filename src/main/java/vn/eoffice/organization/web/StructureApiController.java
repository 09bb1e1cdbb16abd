package vn.eoffice.organization.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

import vn.eoffice.organization.AgencyCatalog;
import vn.eoffice.organization.AgencyDetails;
import vn.eoffice.organization.AgencyProfile;
import vn.eoffice.organization.OrganizationManagement;
import vn.eoffice.organization.TermDetails;
import vn.eoffice.organization.TermView;
import vn.eoffice.organization.UnitDetails;
import vn.eoffice.organization.UnitProfile;
import vn.eoffice.platform.ApiController;
import vn.eoffice.platform.DomainException;

/** A hosted agency, its units and Party terms, as Quản trị → Cơ quan, đơn vị edits them (administrators). */
@ApiController("/api/v1/agencies/{id}")
@Tag(name = "Organization")
@PreAuthorize("hasRole('ADMIN')")
class StructureApiController {

    private final AgencyCatalog catalog;
    private final OrganizationManagement management;

    StructureApiController(AgencyCatalog catalog, OrganizationManagement management) {
        this.catalog = catalog;
        this.management = management;
    }

    record UnitJson(Long id, long version, Long parentId, String name, String abbreviation, int sortOrder,
            LocalDate validFrom, LocalDate validTo) {

        static UnitJson of(UnitProfile u) {
            return new UnitJson(u.getId(), u.getVersion(), u.getParentId(), u.getName(), u.getAbbreviation(),
                    u.getSortOrder(), u.getValidity().from(), u.getValidity().to());
        }
    }

    record TermJson(Long id, long version, String name, LocalDate startDate, LocalDate endDate) {

        static TermJson of(TermView t) {
            return new TermJson(t.id(), t.version(), t.name(), t.startDate(), t.endDate());
        }
    }

    /** A hosted agency as its administrator edits it: the details with the {@code version} a change must name. */
    record HostedAgency(ApiViews.AgencyView details, long version) {

        static HostedAgency of(AgencyProfile a) {
            return new HostedAgency(ApiViews.AgencyView.of(a), a.getVersion());
        }
    }

    @GetMapping("/administration")
    @Operation(summary = "A hosted agency's details with the version a change must name (administrators)")
    HostedAgency hosted(@PathVariable("id") Long agencyId) {
        return HostedAgency.of(catalog.hostedAgency(agencyId));
    }

    @PutMapping
    @Operation(summary = "Change a hosted agency's details; version must be the one read (administrators)")
    HostedAgency updateAgency(@PathVariable("id") Long agencyId, @RequestParam long version,
            @Valid @RequestBody AgencyDetails details) {
        catalog.hostedAgency(agencyId);
        inOrder(details.datesInOrder());
        return HostedAgency.of(management.updateAgency(agencyId, version, details));
    }

    @PostMapping("/units")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a unit (phòng, ban) to a hosted agency, in force from a date (administrators)")
    ResponseEntity<UnitJson> createUnit(@PathVariable("id") Long agencyId, @Valid @RequestBody UnitDetails details) {
        catalog.hostedAgency(agencyId);
        inOrder(details.datesInOrder());
        var unit = management.createUnit(agencyId, details);
        return ResponseEntity.created(URI.create("/api/v1/agencies/" + agencyId + "/units")).body(UnitJson.of(unit));
    }

    @PutMapping("/units/{unitId}")
    @Operation(summary = "Change a unit: name, abbreviation, parent, order, validity; version must be the one read")
    UnitJson updateUnit(@PathVariable("id") Long agencyId, @PathVariable Long unitId, @RequestParam long version,
            @Valid @RequestBody UnitDetails details) {
        catalog.unit(agencyId, unitId);
        inOrder(details.datesInOrder());
        return UnitJson.of(management.updateUnit(unitId, version, details));
    }

    @GetMapping("/terms")
    @Operation(summary = "The agency's Party committee terms (nhiệm kỳ), for administrators")
    List<TermJson> terms(@PathVariable("id") Long agencyId) {
        return catalog.terms(agencyId).stream().map(TermJson::of).toList();
    }

    @PostMapping("/terms")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a Party committee term (nhiệm kỳ) to a hosted agency (administrators)")
    ResponseEntity<TermJson> addTerm(@PathVariable("id") Long agencyId, @Valid @RequestBody TermDetails details) {
        catalog.hostedAgency(agencyId);
        inOrder(details.datesInOrder());
        var term = management.addTerm(agencyId, details.name(), details.startDate(), details.endDate());
        return ResponseEntity.created(URI.create("/api/v1/agencies/" + agencyId + "/terms")).body(TermJson.of(term));
    }

    @PutMapping("/terms/{termId}")
    @Operation(summary = "Change a Party committee term; version must be the one read (administrators)")
    TermJson updateTerm(@PathVariable("id") Long agencyId, @PathVariable Long termId, @RequestParam long version,
            @Valid @RequestBody TermDetails details) {
        catalog.term(agencyId, termId);
        inOrder(details.datesInOrder());
        return TermJson.of(management.updateTerm(termId, version, details));
    }

    private static void inOrder(boolean datesInOrder) {
        if (!datesInOrder) {
            throw new DomainException("validity.to.beforeFrom");
        }
    }
}
