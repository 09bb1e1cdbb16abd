package vn.eoffice.organization;

/** A unit of an agency as the administration pages and the API read and edit it (read-only; ADR 0029). */
public interface UnitProfile {

    Long getId();
    Long getAgencyId();
    Long getParentId();
    String getName();
    String getAbbreviation();
    int getSortOrder();
    Validity getValidity();
    long getVersion();
}
