package vn.eoffice.people;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

import vn.eoffice.OfficeDate;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.identity.Role;
import vn.eoffice.identity.UserDetailsForm;
import vn.eoffice.identity.UserManagement;
import vn.eoffice.organization.OrganizationDirectory;
import vn.eoffice.platform.Secrecy;

/** New officers with a record and a primary position of their own, so that tests never share a person. */
@Component
class CompetencyFixtures {

    static final String PASSWORD = "Secret123x";

    private final UserDetailsService accounts;
    private final UserManagement users;
    private final OrganizationDirectory organization;
    private final PeopleManagement people;

    CompetencyFixtures(UserDetailsService accounts, UserManagement users, OrganizationDirectory organization,
            PeopleManagement people) {
        this.accounts = accounts;
        this.users = users;
        this.organization = organization;
        this.people = people;
    }

    /** A new officer of the unit, with his login, record and primary position requiring levels 4 and 3. */
    record Person(CurrentUser account, String login, Long cadreId, Long positionId, String name) {
    }

    CurrentUser account(String username) {
        return (CurrentUser) accounts.loadUserByUsername(username);
    }

    Long unit(String abbreviation) {
        return organization.units(account("vanthu").agencyId(), OfficeDate.today()).stream()
                .filter(u -> abbreviation.equals(u.abbreviation())).findFirst().orElseThrow().id();
    }

    static String tag() {
        return UUID.randomUUID().toString().substring(0, 6);
    }

    Person officerOf(String unitAbbreviation) {
        var clerk = account("vanthu");
        String login = "nl" + tag();
        String name = "Lò Văn Nhất " + tag();
        users.create(new UserDetailsForm(login, name, "Chuyên viên", null, null, clerk.agencyId(),
                unit(unitAbbreviation), EnumSet.of(Role.OFFICER), Secrecy.NONE, true), PASSWORD);
        var account = account(login);
        Long cadre = people.create(clerk, new CadreForm(account.id(), unit(unitAbbreviation), name,
                LocalDate.of(1991, 4, 12), Gender.MALE, Ethnicity.THAI, null, null, null, null, "Đại học",
                TheoryLevel.ELEMENTARY, null, null));
        Long position = people.createPosition(clerk, new PositionForm(unit(unitAbbreviation), "Chuyên viên thử "
                + tag(), PositionKind.PROFESSIONAL, null, null, TheoryLevel.INTERMEDIATE, 0, 1, List.of(
                new PositionForm.Competency("Soạn thảo văn bản tham mưu", CompetencyGroup.PROFESSIONAL, 4),
                new PositionForm.Competency("Ứng dụng công nghệ thông tin", CompetencyGroup.GENERAL, 3))));
        people.assign(clerk, position, new AssignmentForm(cadre, true, OfficeDate.today().minusDays(40)));
        return new Person(account, login, cadre, position, name);
    }

    static SelfAssessmentForm levels(int year, Integer... levels) {
        return new SelfAssessmentForm(year, Arrays.stream(levels).map(l -> new SelfAssessmentForm.Rating(l,
                "Minh chứng")).toList());
    }
}
