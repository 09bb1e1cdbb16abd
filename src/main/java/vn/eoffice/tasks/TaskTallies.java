package vn.eoffice.tasks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import vn.eoffice.identity.CurrentUser;
import vn.eoffice.identity.Role;
import vn.eoffice.organization.OrganizationDirectory;
import vn.eoffice.platform.Secrecy;

/**
 * The dashboard's counts, computed by the database (one grouped query, never by loading tasks), and the drill-down
 * lists behind them. Both are built from the same JPQL conditions, so a count always equals the length of its list.
 * Scope: a leader sees the whole agency, a unit head the units they head and those below; nobody else.
 */
@Component
class TaskTallies {

    private static final String T = "vn.eoffice.tasks.TaskStatus.";
    private static final String DONE = "(t.status = " + T + "COMPLETED or t.status = " + T + "ACCEPTED)";
    private static final String OPEN = "(t.status = " + T + "ASSIGNED or t.status = " + T + "IN_PROGRESS"
            + " or t.status = " + T + "RETURNED)";
    private static final Map<TallyCategory, String> CATEGORY = Map.of(
            TallyCategory.ASSIGNED, "1 = 1",
            TallyCategory.DONE_ON_TIME, DONE + " and (t.onTime is null or t.onTime = true)",
            TallyCategory.DONE_LATE, DONE + " and t.onTime = false",
            TallyCategory.OVERDUE, OPEN + " and t.deadline < :today",
            TallyCategory.IN_PROGRESS, OPEN + " and t.deadline >= :today");
    private static final Map<TallyGrouping, String> KEY = Map.of(
            TallyGrouping.UNIT, "t.ownerUnitId",
            TallyGrouping.PERSON, "t.leadUserId",
            TallyGrouping.MONITORED_DOCUMENT, "t.sourceId");
    private static final Map<TallyGrouping, String> GROUP = Map.of(
            TallyGrouping.UNIT, " and t.parentId is null and t.ownerUnitId is not null",
            TallyGrouping.PERSON, " and t.leadUserId is not null",
            TallyGrouping.MONITORED_DOCUMENT, " and t.parentId is null and t.sourceId is not null and t.sourceType = "
                    + "vn.eoffice.tasks.SourceType.MONITORING");

    private final EntityManager entityManager;
    private final OrganizationDirectory organization;

    TaskTallies(EntityManager entityManager, OrganizationDirectory organization) {
        this.entityManager = entityManager;
        this.organization = organization;
    }

    /** The units a person's dashboard covers; null means the whole agency. */
    Set<Long> scope(CurrentUser user) {
        if (user.hasRole(Role.LEADER)) {
            return null;
        }
        if (user.hasRole(Role.UNIT_HEAD) && user.unitId() != null) {
            return organization.unitAndDescendants(user.unitId());
        }
        throw new AccessDeniedException("dashboard");
    }

    List<TaskTally> tally(CurrentUser user, TallyFilter filter, LocalDate today) {
        var units = scope(user);
        String key = KEY.get(filter.grouping());
        var sums = new StringBuilder("select ").append(key).append(", count(t)");
        for (var category : List.of(TallyCategory.DONE_ON_TIME, TallyCategory.DONE_LATE, TallyCategory.OVERDUE,
                TallyCategory.IN_PROGRESS)) {
            sums.append(", sum(case when ").append(CATEGORY.get(category)).append(" then 1 else 0 end)");
        }
        var query = entityManager.createQuery(sums + " from Task t where " + where(filter, units, false)
                + " group by " + key);
        bind(query, user, filter, units, today, false);
        List<TaskTally> tallies = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] cells = (Object[]) row;
            tallies.add(new TaskTally((Long) cells[0], number(cells[1]), number(cells[2]), number(cells[3]),
                    number(cells[4]), number(cells[5])));
        }
        return tallies;
    }

    /** Lifetime counts of the top-level tasks of every source of a type in an agency, by source id. */
    List<TaskTally> bySource(Long agencyId, SourceType type, LocalDate today) {
        var sums = new StringBuilder("select t.sourceId, count(t)");
        for (var category : List.of(TallyCategory.DONE_ON_TIME, TallyCategory.DONE_LATE, TallyCategory.OVERDUE,
                TallyCategory.IN_PROGRESS)) {
            sums.append(", sum(case when ").append(CATEGORY.get(category)).append(" then 1 else 0 end)");
        }
        var query = entityManager.createQuery(sums + " from Task t where t.agencyId = :agency and t.sourceType = :type"
                + " and t.sourceId is not null and t.parentId is null and t.status <> " + T + "CANCELLED"
                + " group by t.sourceId");
        query.setParameter("agency", agencyId);
        query.setParameter("type", type);
        query.setParameter("today", today);
        List<TaskTally> tallies = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] cells = (Object[]) row;
            tallies.add(new TaskTally((Long) cells[0], number(cells[1]), number(cells[2]), number(cells[3]),
                    number(cells[4]), number(cells[5])));
        }
        return tallies;
    }

    Page<Task> drill(CurrentUser user, TallyFilter filter, LocalDate today, Pageable pageable) {
        var units = scope(user);
        String where = where(filter, units, filter.key() != null) + " and " + CATEGORY.get(filter.category());
        var count = entityManager.createQuery("select count(t) from Task t where " + where);
        bind(count, user, filter, units, today, true);
        var list = entityManager.createQuery("select t from Task t where " + where + " order by t.deadline, t.id",
                Task.class);
        bind(list, user, filter, units, today, true);
        list.setFirstResult((int) pageable.getOffset());
        list.setMaxResults(pageable.getPageSize());
        return new PageImpl<>(list.getResultList(), pageable, ((Number) count.getSingleResult()).longValue());
    }

    private static String where(TallyFilter filter, Set<Long> units, boolean keyed) {
        var where = new StringBuilder("t.agencyId = :agency and t.secrecy in :levels and t.status <> " + T
                + "CANCELLED and t.startDate <= :to and (t.deadline >= :from or " + OPEN + ")");
        where.append(GROUP.get(filter.grouping()));
        if (units != null) {
            where.append(" and t.ownerUnitId in :units");
        }
        if (keyed) {
            where.append(" and ").append(KEY.get(filter.grouping())).append(" = :key");
        }
        return where.toString();
    }

    private static void bind(Query query, CurrentUser user, TallyFilter filter, Set<Long> units, LocalDate today,
            boolean drill) {
        query.setParameter("agency", user.agencyId());
        query.setParameter("levels", Arrays.stream(Secrecy.values()).filter(user.clearance()::covers).toList());
        query.setParameter("from", filter.from());
        query.setParameter("to", filter.to());
        boolean usesToday = !drill || filter.category() == TallyCategory.OVERDUE
                || filter.category() == TallyCategory.IN_PROGRESS;
        if (usesToday) {
            query.setParameter("today", today);
        }
        if (units != null) {
            query.setParameter("units", units);
        }
        if (drill && filter.key() != null) {
            query.setParameter("key", filter.key());
        }
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    static Map<Long, TaskTally> byKey(List<TaskTally> tallies) {
        var map = new HashMap<Long, TaskTally>();
        tallies.forEach(t -> map.put(t.key(), t));
        return map;
    }
}
