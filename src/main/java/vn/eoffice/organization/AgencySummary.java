package vn.eoffice.organization;

/**
 * What other modules need to know about an agency.
 */
public record AgencySummary(Long id, String name, String shortName, String abbreviation, String identifierCode,
        AgencyKind kind, boolean hosted, Long parentId, String email) {

    static AgencySummary of(Agency agency) {
        return new AgencySummary(agency.getId(), agency.getName(), agency.getShortName(), agency.getAbbreviation(),
                agency.getIdentifierCode(), agency.getKind(), agency.isHosted(), agency.getParentId(),
                agency.getEmail());
    }
}
