package vn.eoffice.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

import vn.eoffice.identity.CurrentUser;
import vn.eoffice.identity.Role;
import vn.eoffice.identity.UserManagement;
import vn.eoffice.monitoring.MonitoringQueries;
import vn.eoffice.organization.OrganizationDirectory;
import vn.eoffice.tasks.TallyCategory;
import vn.eoffice.tasks.TallyFilter;
import vn.eoffice.tasks.TallyGrouping;
import vn.eoffice.tasks.TaskQueries;
import vn.eoffice.tasks.TaskSummary;
import vn.eoffice.tasks.TaskTally;

/**
 * Builds the leader's dashboard from counts the database computes ({@link TaskQueries#tally}); the scope (whole
 * agency for a leader, their units for a unit head, nobody else) is decided by tasks, so the counts and the
 * drill-down lists follow the same access rule.
 */
@Service
public class Dashboards {

    private final TaskQueries tasks;
    private final MonitoringQueries monitoring;
    private final OrganizationDirectory organization;
    private final UserManagement users;

    Dashboards(TaskQueries tasks, MonitoringQueries monitoring, OrganizationDirectory organization,
            UserManagement users) {
        this.tasks = tasks;
        this.monitoring = monitoring;
        this.organization = organization;
        this.users = users;
    }

    public LocalDate today() {
        return tasks.today();
    }

    public Dashboard build(CurrentUser user, DashboardPeriod period) {
        Set<Long> scope = tasks.dashboardScope(user);
        var byUnit = tallies(user, period, TallyGrouping.UNIT);
        var byPerson = tallies(user, period, TallyGrouping.PERSON);
        var byDocument = tallies(user, period, TallyGrouping.MONITORED_DOCUMENT);

        var units = new ArrayList<Dashboard.Line>();
        var total = TaskTally.empty(null);
        for (var unit : organization.units(user.agencyId(), today())) {
            if (scope == null || scope.contains(unit.id())) {
                var tally = byUnit.getOrDefault(unit.id(), TaskTally.empty(unit.id()));
                units.add(new Dashboard.Line(unit.id(), unit.name(), tally));
                total = total.plus(tally);
            }
        }
        var people = new ArrayList<Dashboard.Line>();
        for (var person : users.staffOf(user.agencyId())) {
            boolean staff = person.roles().stream().anyMatch(r -> r != Role.ADMIN);
            boolean inScope = scope == null ? (person.unitId() != null || byPerson.containsKey(person.id()))
                    : scope.contains(person.unitId());
            if (staff && person.enabled() && inScope) {
                people.add(new Dashboard.Line(person.id(), person.fullName(),
                        byPerson.getOrDefault(person.id(), TaskTally.empty(person.id()))));
            }
        }
        var documents = new ArrayList<Dashboard.Line>();
        for (var document : monitoring.documents(user.agencyId())) {
            documents.add(new Dashboard.Line(document.id(), document.title(),
                    byDocument.getOrDefault(document.id(), TaskTally.empty(document.id()))));
        }
        return new Dashboard(period, scope == null, total, units, people, documents);
    }

    /** The tasks behind one count of the dashboard (a null key: the whole scope). */
    public Page<TaskSummary> drill(CurrentUser user, DashboardPeriod period, TallyGrouping grouping, Long key,
            TallyCategory category, Pageable pageable) {
        return tasks.drill(user, new TallyFilter(period.from(), period.to(), grouping, key, category), pageable);
    }

    private Map<Long, TaskTally> tallies(CurrentUser user, DashboardPeriod period, TallyGrouping grouping) {
        Map<Long, TaskTally> map = new HashMap<>();
        tasks.tally(user, new TallyFilter(period.from(), period.to(), grouping, null, null))
                .forEach(t -> map.put(t.key(), t));
        return map;
    }

    /** Names for a drill-down title. */
    public String name(CurrentUser user, TallyGrouping grouping, Long key) {
        if (key == null) {
            return null;
        }
        return switch (grouping) {
            case UNIT -> organization.unit(key).name();
            case PERSON -> users.summary(key).fullName();
            case MONITORED_DOCUMENT -> monitoring.documents(user.agencyId()).stream()
                    .filter(d -> d.id().equals(key)).map(d -> d.title()).findFirst().orElse("—");
        };
    }
}
