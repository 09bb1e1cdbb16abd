package vn.eoffice.evaluation;

import java.time.LocalDate;
import java.util.EnumSet;
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
import vn.eoffice.tasks.Assignment;
import vn.eoffice.tasks.Party;
import vn.eoffice.tasks.Priority;
import vn.eoffice.tasks.TaskManagement;

/**
 * An agency of its own for each test (so that opening a period concerns only the test's people): a personnel office
 * (VP) with an officer, a unit with its head and officers, another unit with an officer, and a leader; and tasks
 * given to, done by and accepted from them.
 */
@Component
public class EvaluationFixtures {

    static final String PASSWORD = "Secret123x";

    private final OrganizationManagement organization;
    private final UserManagement users;
    private final UserDetailsService accounts;
    private final TaskManagement tasks;

    EvaluationFixtures(OrganizationManagement organization, UserManagement users, UserDetailsService accounts,
            TaskManagement tasks) {
        this.organization = organization;
        this.users = users;
        this.accounts = accounts;
        this.tasks = tasks;
    }

    /** The people of a fresh agency; {@code officers} in the unit. */
    public record Office(Long agencyId, Long unitId, Long otherUnitId, CurrentUser leader, CurrentUser head,
            CurrentUser personnel, CurrentUser outsider, java.util.List<CurrentUser> officers) {

        public CurrentUser officer() {
            return officers.get(0);
        }
    }

    static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    public Office office(int officers) {
        var from = LocalDate.of(2020, 1, 1);
        Long agency = organization.createAgency(new AgencyDetails("Ban thử đánh giá " + tag(), null, "BTDG", null,
                AgencyKind.PARTY_COMMITTEE, null, null, null, null, null, from, null), true).getId();
        Long vp = organization.createUnit(agency, new UnitDetails(null, "Văn phòng", "VP", 1, from, null)).getId();
        Long unit = organization.createUnit(agency, new UnitDetails(null, "Phòng Tuyên truyền " + tag(), "TT", 2, from,
                null)).getId();
        Long other = organization.createUnit(agency, new UnitDetails(null, "Phòng Khoa giáo " + tag(), "KG", 3, from,
                null)).getId();
        var list = new java.util.ArrayList<CurrentUser>();
        for (int i = 0; i < officers; i++) {
            list.add(person("Lò Văn Cán " + i, "Chuyên viên", agency, unit, Role.OFFICER));
        }
        return new Office(agency, unit, other, person("Lò Văn Lãnh", "Phó Trưởng ban", agency, null, Role.LEADER),
                person("Trần Văn Trưởng", "Trưởng phòng", agency, unit, Role.UNIT_HEAD),
                person("Lường Thị Tổ", "Chuyên viên tổ chức", agency, vp, Role.OFFICER),
                person("Quàng Văn Khác", "Chuyên viên", agency, other, Role.OFFICER), list);
    }

    CurrentUser person(String name, String title, Long agency, Long unit, Role role) {
        String login = "ev" + tag();
        users.create(new UserDetailsForm(login, name + " " + tag(), title, null, null, agency, unit, EnumSet.of(role),
                Secrecy.NONE, true), PASSWORD);
        return account(login);
    }

    CurrentUser account(String login) {
        return (CurrentUser) accounts.loadUserByUsername(login);
    }

    /** A task the leader gives the person, due {@code deadline} (started 60 days before). */
    Long task(Office office, CurrentUser lead, LocalDate deadline, Priority priority) {
        return tasks.assign(new Assignment(office.agencyId(), "Việc thử " + tag(), "Nội dung", null,
                office.leader().id(), Party.user(lead.id()), null, null, deadline.minusDays(60), deadline, priority,
                null)).id();
    }

    /** A task done today and accepted: on time if its deadline is today or later, late otherwise. */
    public Long doneTask(Office office, CurrentUser lead, LocalDate deadline, boolean meetsQuality) {
        Long id = task(office, lead, deadline, Priority.NORMAL);
        tasks.complete(id, lead, "Đã xong");
        tasks.accept(id, office.leader(), meetsQuality, null);
        return id;
    }

    public static LocalDate today() {
        return OfficeDate.today();
    }

    public static PeriodForm thisQuarter(EvaluationRule rule) {
        var today = today();
        return new PeriodForm(rule, PeriodKind.QUARTER, today.getYear(), PeriodKind.QUARTER.numberOf(today));
    }
}
