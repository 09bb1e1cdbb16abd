package vn.eoffice.organization;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Organisation settings. Outside the demo profile, {@code bootstrap-agency} is the hosted agency created on an empty
 * database, so that the first administrator has an agency to belong to.
 */
@ConfigurationProperties("eoffice.organization")
record OrganizationProperties(@DefaultValue BootstrapAgency bootstrapAgency) {

    record BootstrapAgency(String name, String abbreviation, String identifierCode,
            @DefaultValue("PARTY_COMMISSION") AgencyKind kind) {

        boolean configured() {
            return name != null && !name.isBlank() && abbreviation != null && !abbreviation.isBlank();
        }
    }
}
