package vn.eoffice.succession;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

import vn.eoffice.OfficeDate;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.organization.OrganizationDirectory;
import vn.eoffice.organization.OrganizationManagement;
import vn.eoffice.organization.TermView;
import vn.eoffice.people.AssignmentForm;
import vn.eoffice.people.CadreForm;
import vn.eoffice.people.Ethnicity;
import vn.eoffice.people.Gender;
import vn.eoffice.people.PeopleManagement;
import vn.eoffice.people.PositionForm;
import vn.eoffice.people.PositionKind;
import vn.eoffice.people.TheoryLevel;
import vn.eoffice.platform.DomainException;

/**
 * What the succession tests make for themselves, with unique names: terms of the commission in the years before its
 * demo terms (one year each, whichever is still free), cadres, posts and plans, made by the personnel office (vanthu).
 */
@Component
public class SuccessionFixtures {

    /** Vietnamese, for the messages the tests read. */
    static final java.util.Locale VI = java.util.Locale.forLanguageTag("vi");

    private final UserDetailsService accounts;
    private final OrganizationManagement organizations;
    private final OrganizationDirectory organization;
    private final PeopleManagement people;
    private final SuccessionSettings settings;
    private final SuccessionManagement management;

    SuccessionFixtures(UserDetailsService accounts, OrganizationManagement organizations,
            OrganizationDirectory organization, PeopleManagement people, SuccessionSettings settings,
            SuccessionManagement management) {
        this.accounts = accounts;
        this.organizations = organizations;
        this.organization = organization;
        this.people = people;
        this.settings = settings;
        this.management = management;
    }

    /** The account, signed in for the audit's sake; messages in Vietnamese. */
    CurrentUser as(String username) {
        var user = (CurrentUser) accounts.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        LocaleContextHolder.setLocale(VI);
        return user;
    }

    public static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 6);
    }

    /** A one-year term of the commission, from 1 January of a year before 2020 that no term holds yet. */
    public TermView term() {
        var clerk = as("vanthu");
        for (int year = 2019; year > 1950; year--) {
            try {
                return organizations.addTerm(clerk.agencyId(), "Thử " + year, LocalDate.of(year, 1, 1),
                        LocalDate.of(year, 12, 31));
            } catch (DomainException overlapping) {
                // taken by another test: try the year before
            }
        }
        throw new IllegalStateException("no free year for a test term");
    }

    Long plan(TermView term) {
        return management.create(as("vanthu"), term.id());
    }

    Long unit(String abbreviation) {
        var clerk = as("vanthu");
        return organization.units(clerk.agencyId(), OfficeDate.today()).stream()
                .filter(u -> abbreviation.equals(u.abbreviation())).findFirst().orElseThrow().id();
    }

    Long cadre(String name, LocalDate born, Gender gender, Ethnicity ethnicity, String education, TheoryLevel theory) {
        return people.create(as("vanthu"), new CadreForm(null, unit("KGVH"), name, born, gender, ethnicity,
                "Xã Mường Phăng, tỉnh Điện Biên", null, null, null, education, theory, null, null));
    }

    /** A cadre who meets the default standards of a unit's deputy head, {@code age} on {@code day}. */
    public Long cadre(String name, int age, LocalDate day) {
        return cadre(name, day.minusYears(age), Gender.MALE, Ethnicity.KINH, "Đại học", TheoryLevel.INTERMEDIATE);
    }

    public Long post(String name, LeadershipLevel level) {
        return settings.addPost(as("vanthu"), new PostForm(null, unique(name), level));
    }

    /** A leadership job position of the Khoa giáo unit that {@code cadreId} holds, planned for at {@code level}. */
    Long heldPost(Long cadreId, LeadershipLevel level) {
        var clerk = as("vanthu");
        Long position = people.createPosition(clerk, new PositionForm(unit("KGVH"), unique("Trưởng nhóm thử"),
                PositionKind.LEADERSHIP, null, "Đại học", TheoryLevel.INTERMEDIATE, 0, 1, List.of()));
        people.assign(clerk, position, new AssignmentForm(cadreId, true, OfficeDate.today()));
        return settings.addPost(clerk, new PostForm(position, null, level));
    }

    Long add(Long planId, Long postId, Long cadreId) {
        return management.addCandidate(as("vanthu"), planId, new CandidateForm(postId, cadreId, unit("KGVH"), null));
    }

    /** The default standards of a level, as a test that edited them leaves them. */
    void defaults(LeadershipLevel level) {
        settings.saveStandard(as("vanthu"), SuccessionSettings.defaultFor(level));
        settings.saveTargets(as("vanthu"), Targets.DEFAULT);
    }
}
