package vn.eoffice.organization;

import java.time.LocalDate;

/**
 * What other modules need to know about an agency, with the dates it is in force: an agency merged, split or
 * dissolved keeps its name for its old documents but is no longer offered for new ones.
 */
public record AgencySummary(Long id, String name, String shortName, String abbreviation, String identifierCode,
        AgencyKind kind, boolean hosted, Long parentId, String email, LocalDate validFrom, LocalDate validTo,
        Contact contact) {

    /** How the agency is reached and where it writes from (edXML Organization and PromulgationInfo/Place). */
    public record Contact(String address, String phone, String fax, String website, String place) {
    }

    static AgencySummary of(Agency agency) {
        return new AgencySummary(agency.getId(), agency.getName(), agency.getShortName(), agency.getAbbreviation(),
                agency.getIdentifierCode(), agency.getKind(), agency.isHosted(), agency.getParentId(),
                agency.getEmail(), agency.getValidity().from(), agency.getValidity().to(),
                new Contact(agency.getAddress(), agency.getPhone(), agency.getFax(), agency.getWebsite(),
                        agency.getPlace()));
    }

    /** Whether the agency exists on {@code date}: begun, and not ended by a merger, split or dissolution. */
    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }
}
