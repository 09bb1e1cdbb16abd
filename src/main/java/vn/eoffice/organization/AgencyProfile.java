package vn.eoffice.organization;

import java.time.LocalDate;

/** An agency as the administration pages and the API read and edit it, with its version (read-only; ADR 0029). */
public interface AgencyProfile {

    Long getId();
    String getName();
    String getShortName();
    String getAbbreviation();
    String getIdentifierCode();
    AgencyKind getKind();
    boolean isHosted();
    Long getParentId();
    String getAddress();
    String getPhone();
    String getEmail();
    String getWebsite();
    String getFax();
    String getPlace();
    Validity getValidity();
    long getVersion();

    /** Whether the agency is in force on the date. */
    boolean activeOn(LocalDate date);
}
