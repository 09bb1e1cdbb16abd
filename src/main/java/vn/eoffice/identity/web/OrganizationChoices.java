package vn.eoffice.identity.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import vn.eoffice.organization.AgencySummary;
import vn.eoffice.organization.OrganizationDirectory;
import vn.eoffice.organization.UnitSummary;
import vn.eoffice.platform.NotFoundException;

/**
 * The hosted agencies with their units, for an administrator's screens (the pickers' choices come from
 * {@link vn.eoffice.identity.Candidates}), and unit names for tables.
 */
@Component
class OrganizationChoices {

    /** A hosted agency in force today with its units in force today. */
    record AgencyUnits(AgencySummary agency, List<UnitSummary> units) {
    }

    private final OrganizationDirectory organization;
    private final Clock clock;

    OrganizationChoices(OrganizationDirectory organization, Clock clock) {
        this.organization = organization;
        this.clock = clock;
    }

    List<AgencyUnits> hosted() {
        var today = LocalDate.now(clock);
        return organization.hostedAgencies(today).stream()
                .map(agency -> new AgencyUnits(agency, organization.units(agency.id(), today)))
                .toList();
    }

    Long firstAgencyId() {
        var agencies = organization.hostedAgencies(LocalDate.now(clock));
        return agencies.isEmpty() ? null : agencies.get(0).id();
    }

    /** Looks each unit's name up once, since a page of people shares a handful of units. */
    Function<Long, String> unitNames() {
        Map<Long, String> names = new HashMap<>();
        return unitId -> unitId == null ? "" : names.computeIfAbsent(unitId, this::unitName);
    }

    private String unitName(Long unitId) {
        try {
            return organization.unit(unitId).name();
        } catch (NotFoundException e) {
            return "";
        }
    }
}
