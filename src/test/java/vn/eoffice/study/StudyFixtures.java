package vn.eoffice.study;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

import vn.eoffice.OfficeDate;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.identity.Role;
import vn.eoffice.identity.UserDetailsForm;
import vn.eoffice.identity.UserManagement;
import vn.eoffice.organization.AgencyDetails;
import vn.eoffice.organization.AgencyKind;
import vn.eoffice.organization.OrganizationManagement;
import vn.eoffice.organization.UnitDetails;
import vn.eoffice.platform.Secrecy;

/**
 * A province of its own for each test: the commission (its officer and a leader) and two hosted commune committees
 * (each with a clerk, a leader and an officer), and an external committee that does not work in this system.
 */
@Component
public class StudyFixtures {

    public static final String PASSWORD = "Secret123x";

    private final OrganizationManagement organization;
    private final UserManagement users;
    private final UserDetailsService accounts;

    StudyFixtures(OrganizationManagement organization, UserManagement users, UserDetailsService accounts) {
        this.organization = organization;
        this.users = users;
        this.accounts = accounts;
    }

    /** The people of a commune committee taking part in the study. */
    public record Commune(Long agencyId, String name, CurrentUser clerk, CurrentUser leader, CurrentUser officer) {
    }

    /** The commission organising the study and the committees under the province. */
    public record Province(Long commissionId, CurrentUser officer, CurrentUser leader, CurrentUser commissionClerk,
            Commune first, Commune second, Long externalId) {

        public List<Long> communeIds() {
            return List.of(first.agencyId(), second.agencyId());
        }
    }

    static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    public Province province() {
        var from = LocalDate.of(2025, 7, 1);
        Long province = agency("Tỉnh ủy thử " + tag(), "TUT", null, false, from);
        Long commission = agency("Ban Tuyên giáo và Dân vận thử " + tag(), "BTGDVTT", province, true, from,
                AgencyKind.PARTY_COMMISSION);
        Long unit = organization.createUnit(commission, new UnitDetails(null, "Phòng Lý luận chính trị", "LLCT", 1,
                from, null)).getId();
        return new Province(commission, person("Lò Văn Học", "Chuyên viên", commission, unit, Role.OFFICER),
                person("Quàng Thị Lãnh", "Phó Trưởng ban", commission, null, Role.LEADER),
                person("Cầm Thị Thư", "Văn thư", commission, null, Role.CLERK),
                commune("Đảng ủy xã Thử Một " + tag(), province, from),
                commune("Đảng ủy phường Thử Hai " + tag(), province, from),
                agency("Đảng ủy Thử Ngoài " + tag(), "DU", province, false, from));
    }

    public static ProgrammeForm form(List<Long> committees) {
        var today = OfficeDate.today();
        return new ProgrammeForm("Học tập, quán triệt Nghị quyết Đại hội Đảng bộ tỉnh " + tag(),
                ResolutionKind.RESOLUTION, "01-NQ/TU", "Tỉnh ủy Điện Biên", today.minusDays(20),
                Set.of(Audience.KEY_LEADERS, Audience.PARTY_MEMBERS), Set.of(StudyLevel.PROVINCE, StudyLevel.COMMUNE),
                Set.of(Audience.PARTY_MEMBERS), today.minusDays(5), today.plusDays(10), today.plusDays(30),
                today.plusDays(45), committees);
    }

    private Commune commune(String name, Long province, LocalDate from) {
        Long agency = agency(name, "DU", province, true, from);
        Long office = organization.createUnit(agency, new UnitDetails(null, "Văn phòng Đảng ủy", "VP", 1, from, null))
                .getId();
        return new Commune(agency, name, person("Lò Thị Xuân", "Văn thư", agency, office, Role.CLERK),
                person("Quàng Văn Sơn", "Bí thư Đảng ủy", agency, null, Role.LEADER),
                person("Tòng Thị Phương", "Chuyên viên", agency, office, Role.OFFICER));
    }

    private Long agency(String name, String abbreviation, Long parent, boolean hosted, LocalDate from) {
        return agency(name, abbreviation, parent, hosted, from, AgencyKind.PARTY_COMMITTEE);
    }

    private Long agency(String name, String abbreviation, Long parent, boolean hosted, LocalDate from,
            AgencyKind kind) {
        return organization.createAgency(new AgencyDetails(name, null, abbreviation, null, kind, parent, null, null,
                null, null, from, null), hosted).getId();
    }

    CurrentUser person(String name, String title, Long agency, Long unit, Role role) {
        String login = "st" + tag();
        users.create(new UserDetailsForm(login, name + " " + tag(), title, null, null, agency, unit, EnumSet.of(role),
                Secrecy.NONE, true), PASSWORD);
        return (CurrentUser) accounts.loadUserByUsername(login);
    }
}
