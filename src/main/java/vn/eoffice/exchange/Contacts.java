package vn.eoffice.exchange;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.eoffice.exchange.edxml.EdxmlStatus.StaffInfo;
import vn.eoffice.exchange.edxml.Organization;
import vn.eoffice.identity.UserManagement;
import vn.eoffice.organization.AgencySummary;
import vn.eoffice.organization.OrganizationDirectory;

/**
 * The agencies and people a package names, filled from the organization's and identity's records: edXML
 * Organization (OrganizationInCharge is the superior agency, cơ quan chủ quản) and StaffInfo.
 */
@Component
class Contacts {

    private final OrganizationDirectory organization;
    private final UserManagement users;

    Contacts(OrganizationDirectory organization, UserManagement users) {
        this.organization = organization;
        this.users = users;
    }

    Organization of(AgencySummary agency) {
        return of(agency, agency.identifierCode());
    }

    /** An agency under the OrganId the package uses for it (a peer may know it under the code it was sent to). */
    Organization of(AgencySummary agency, String organId) {
        String inCharge = agency.parentId() == null ? null : organization.agency(agency.parentId()).name();
        var contact = agency.contact();
        return new Organization(organId, inCharge, agency.name(), contact.address(), agency.email(), contact.phone(),
                contact.fax(), contact.website());
    }

    /** An agency of this installation, by id, under the OrganId it sends with. */
    Organization of(Long agencyId, String organId) {
        return of(organization.agency(agencyId), organId);
    }

    /** The agency with this OrganId from the address book, or only its id and the name we have for it. */
    Organization of(String organId, String knownName) {
        return organization.agencyByIdentifierCode(organId).map(agency -> of(agency, organId))
                .orElseGet(() -> Organization.of(organId, knownName));
    }

    String placeOf(Long agencyId) {
        return organization.agency(agencyId).contact().place();
    }

    /** The person as a StaffInfo: their unit (Department), name, e-mail; null for no one. */
    StaffInfo staff(Long userId) {
        if (userId == null) {
            return null;
        }
        var user = users.summary(userId);
        String unit = user.unitId() == null ? null : organization.unit(user.unitId()).name();
        return new StaffInfo(unit, user.fullName(), null, user.email());
    }

    /** TyperNotation: the initials of the person who drafted the document ("Nguyễn Thị Thu" gives "NTT"). */
    static String initials(String fullName) {
        if (fullName == null || fullName.isBlank()) {
            return null;
        }
        return Arrays.stream(fullName.trim().split("\\s+"))
                .map(word -> Normalizer.normalize(word.substring(0, 1), Normalizer.Form.NFD).substring(0, 1)
                        .replace('Đ', 'D').replace('đ', 'd').toUpperCase())
                .collect(Collectors.joining());
    }
}
