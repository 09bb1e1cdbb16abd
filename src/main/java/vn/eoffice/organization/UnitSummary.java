package vn.eoffice.organization;

/**
 * What other modules need to know about an internal unit.
 */
public record UnitSummary(Long id, Long agencyId, Long parentId, String name, String abbreviation) {

    static UnitSummary of(OrgUnit unit) {
        return new UnitSummary(unit.getId(), unit.getAgencyId(), unit.getParentId(), unit.getName(),
                unit.getAbbreviation());
    }
}
