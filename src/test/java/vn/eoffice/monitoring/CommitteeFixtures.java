package vn.eoffice.monitoring;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

import vn.eoffice.identity.CurrentUser;
import vn.eoffice.identity.Role;
import vn.eoffice.identity.UserDetailsForm;
import vn.eoffice.identity.UserManagement;
import vn.eoffice.organization.AgencyDetails;
import vn.eoffice.organization.AgencyKind;
import vn.eoffice.organization.OrganizationDirectory;
import vn.eoffice.organization.OrganizationManagement;
import vn.eoffice.organization.UnitDetails;
import vn.eoffice.platform.Secrecy;

/**
 * Committees of their own for the committee tests: a hosted commune committee under the province with its clerk,
 * secretary (leader), a unit head and two units; an external one, with or without an e-mail address.
 */
@Component
public class CommitteeFixtures {

    static final String PASSWORD = "Secret123x";
    private static final LocalDate TWO_LEVEL = LocalDate.of(2025, 7, 1);

    private final OrganizationManagement management;
    private final OrganizationDirectory organization;
    private final UserManagement users;
    private final UserDetailsService accounts;

    CommitteeFixtures(OrganizationManagement management, OrganizationDirectory organization, UserManagement users,
            UserDetailsService accounts) {
        this.management = management;
        this.organization = organization;
        this.users = users;
        this.accounts = accounts;
    }

    /** A hosted committee and its people. */
    public record Hosted(Long id, Long office, Long partyBuilding, CurrentUser clerk, CurrentUser secretary,
            CurrentUser head, String clerkLogin) {
    }

    public CurrentUser account(String login) {
        return (CurrentUser) accounts.loadUserByUsername(login);
    }

    Long province() {
        return organization.agency(account("lanhdao").agencyId()).parentId();
    }

    public Hosted hosted() {
        Long id = management.createAgency(new AgencyDetails("Đảng ủy xã Thử " + tag(), null, "ĐU", null,
                AgencyKind.PARTY_COMMITTEE, province(), null, null, null, null, TWO_LEVEL, null), true).getId();
        Long office = management.createUnit(id, new UnitDetails(null, "Văn phòng Đảng ủy", "VP", 1, TWO_LEVEL, null))
                .getId();
        Long building = management.createUnit(id, new UnitDetails(null, "Ban Xây dựng Đảng", "XDĐ", 2, TWO_LEVEL,
                null)).getId();
        String clerk = person("Lò Thị Văn Thư", id, office, Role.CLERK);
        return new Hosted(id, office, building, account(clerk), account(person("Quàng Văn Bí Thư", id, null,
                Role.LEADER)), account(person("Cầm Văn Trưởng Ban", id, building, Role.UNIT_HEAD)), clerk);
    }

    public Long external(String email) {
        return management.createAgency(new AgencyDetails("Đảng ủy phường Ngoài " + tag(), null, "ĐU", null,
                AgencyKind.PARTY_COMMITTEE, province(), null, null, email, null, TWO_LEVEL, null), false).getId();
    }

    String person(String name, Long agency, Long unit, Role role) {
        String login = "cx" + tag();
        users.create(new UserDetailsForm(login, name + " " + tag(), "Cán bộ", null, null, agency, unit,
                EnumSet.of(role), Secrecy.NONE, true), PASSWORD);
        return login;
    }

    static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    static Set<Long> ids(Long... ids) {
        return Set.of(ids);
    }
}
