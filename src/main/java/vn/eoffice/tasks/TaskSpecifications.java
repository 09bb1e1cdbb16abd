package vn.eoffice.tasks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import org.springframework.data.jpa.domain.Specification;

import vn.eoffice.identity.CurrentUser;
import vn.eoffice.identity.ListScope;
import vn.eoffice.identity.Role;

/**
 * The list queries. They select only what {@code AccessControl} would let the person see (its {@link ListScope}:
 * own agency, clearance, participation, own unit or the units below the one they head; everything for leaders and
 * clerks), so pages are never thinned after paging. "All" is exactly that scope; the other views narrow it to the
 * person's part. A deputy standing in for an absent colleague gets the colleague's part beside their own.
 */
final class TaskSpecifications {

    private TaskSpecifications() {
    }

    static Specification<Task> matching(TaskFilter filter, CurrentUser user, ListScope scope, LocalDate today) {
        return (root, query, cb) -> {
            List<Predicate> all = new ArrayList<>();
            all.add(cb.equal(root.get("agencyId"), scope.agencyId()));
            all.add(root.get("secrecy").in(scope.secrecyLevels()));
            Join<Task, ?> co = root.join("coProcessors", JoinType.LEFT);
            query.distinct(true);
            var people = people(user);
            all.add(switch (filter.view()) {
                case MINE -> cb.or(people.stream().map(p -> mine(p, root, co, cb)).toArray(Predicate[]::new));
                case ASSIGNED -> root.get("assignerId").in(people.stream().map(Person::id).toList());
                case UNIT -> cb.or(people.stream().filter(p -> p.unitId() != null)
                        .map(p -> cb.or(cb.equal(root.get("ownerUnitId"), p.unitId()),
                                cb.equal(co.get("unitId"), p.unitId())))
                        .toArray(Predicate[]::new));
                case ALL -> visible(scope, root, co, query, cb);
            });
            if (filter.view() != TaskView.ALL) {
                all.add(visible(scope, root, co, query, cb));
            }
            if (filter.status() != null) {
                all.add(cb.equal(root.get("status"), filter.status()));
            }
            if (filter.overdue()) {
                all.add(root.get("status").in(TaskStatus.OPEN));
                all.add(cb.lessThan(root.get("deadline"), today));
            }
            if (filter.text() != null && !filter.text().isBlank()) {
                all.add(cb.like(cb.lower(root.get("title")), "%" + filter.text().trim().toLowerCase() + "%"));
            }
            if (filter.deadlineFrom() != null) {
                all.add(cb.greaterThanOrEqualTo(root.get("deadline"), filter.deadlineFrom()));
            }
            if (filter.deadlineTo() != null) {
                all.add(cb.lessThanOrEqualTo(root.get("deadline"), filter.deadlineTo()));
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
    }

    /** The person, and the absent colleague they stand in for. */
    private record Person(Long id, Long unitId, boolean head) {
    }

    private static List<Person> people(CurrentUser user) {
        var people = new ArrayList<Person>();
        people.add(new Person(user.id(), user.unitId(), user.roles().contains(Role.UNIT_HEAD)));
        var delegator = user.delegator();
        if (delegator != null) {
            people.add(new Person(delegator.userId(), delegator.unitId(), delegator.roles().contains(Role.UNIT_HEAD)));
        }
        return people;
    }

    private static Predicate mine(Person person, Root<Task> root, Join<Task, ?> co, CriteriaBuilder cb) {
        List<Predicate> mine = new ArrayList<>();
        mine.add(cb.equal(root.get("leadUserId"), person.id()));
        mine.add(cb.equal(co.get("userId"), person.id()));
        if (person.head() && person.unitId() != null) {
            mine.add(cb.equal(root.get("leadUnitId"), person.unitId()));
            mine.add(cb.equal(co.get("unitId"), person.unitId()));
        }
        return cb.or(mine.toArray(Predicate[]::new));
    }

    /**
     * What {@code AccessControl.may(VIEW)} allows, as a filter: the whole agency, or a task owned by one of the
     * scope's units, or one in which a unit or person of the scope takes part (lead, co-processor, assigner,
     * informed, or lead of a sub-task), as {@code Participation.protectedObject} lists them.
     */
    private static Predicate visible(ListScope scope, Root<Task> root, Join<Task, ?> co, CriteriaQuery<?> query,
            CriteriaBuilder cb) {
        if (scope.wholeAgency()) {
            return cb.conjunction();
        }
        List<Predicate> any = new ArrayList<>();
        if (!scope.ownerUnitIds().isEmpty()) {
            any.add(root.get("ownerUnitId").in(scope.ownerUnitIds()));
        }
        if (!scope.participantUnitIds().isEmpty()) {
            any.add(root.get("leadUnitId").in(scope.participantUnitIds()));
            any.add(co.get("unitId").in(scope.participantUnitIds()));
        }
        var users = scope.participantUserIds();
        any.add(root.get("leadUserId").in(users));
        any.add(co.get("userId").in(users));
        any.add(root.get("assignerId").in(users));
        var informed = query.subquery(Long.class);
        var other = informed.from(Task.class);
        informed.select(other.get("id")).where(cb.equal(other.get("id"), root.get("id")),
                other.join("informedUserIds").in(users));
        any.add(cb.exists(informed));
        var child = query.subquery(Long.class);
        var sub = child.from(Task.class);
        child.select(sub.get("id")).where(cb.equal(sub.get("parentId"), root.get("id")),
                sub.get("leadUserId").in(users));
        any.add(cb.exists(child));
        return cb.or(any.toArray(Predicate[]::new));
    }
}
