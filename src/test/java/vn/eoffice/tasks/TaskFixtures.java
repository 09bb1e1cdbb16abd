package vn.eoffice.tasks;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.springframework.security.core.userdetails.UserDetailsService;

import vn.eoffice.OfficeDate;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.organization.OrganizationDirectory;

/**
 * Demo people and units for task tests, and a quick way to give a task.
 */
class TaskFixtures {

    private final UserDetailsService accounts;
    private final OrganizationDirectory organization;
    private final TaskManagement management;
    private final TaskQueries queries;

    TaskFixtures(org.springframework.context.ApplicationContext context) {
        this.accounts = context.getBean(UserDetailsService.class);
        this.organization = context.getBean(OrganizationDirectory.class);
        this.management = context.getBean(TaskManagement.class);
        this.queries = context.getBean(TaskQueries.class);
    }

    CurrentUser user(String username) {
        return (CurrentUser) accounts.loadUserByUsername(username);
    }

    Long unit(String abbreviation) {
        var agency = user("lanhdao").agencyId();
        return organization.units(agency, OfficeDate.today()).stream()
                .filter(u -> abbreviation.equals(u.abbreviation())).findFirst().orElseThrow().id();
    }

    LocalDate today() {
        return queries.today();
    }

    static String unique(String title) {
        return title + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    Assignment assignment(String assigner, Party lead, LocalDate deadline) {
        return new Assignment(user(assigner).agencyId(), unique("Việc"), "Nội dung", SourceRef.adHoc(),
                user(assigner).id(), lead, Set.of(), Set.of(), null, deadline, Priority.NORMAL, null);
    }

    Assignment assignmentStarting(String assigner, Party lead, int startOffset, int deadlineOffset) {
        return new Assignment(user(assigner).agencyId(), unique("Việc"), null, SourceRef.adHoc(), user(assigner).id(),
                lead, Set.of(), Set.of(), today().plusDays(startOffset), today().plusDays(deadlineOffset), null, null);
    }

    /** lanhdao gives a unit a task due in {@code days} days. */
    TaskSummary givenToUnit(String abbreviation, int days) {
        return management.assign(assignment("lanhdao", Party.unit(unit(abbreviation)), today().plusDays(days)));
    }
}
