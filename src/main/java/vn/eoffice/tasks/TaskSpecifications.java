package vn.eoffice.tasks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;

import org.springframework.data.jpa.domain.Specification;

import vn.eoffice.identity.CurrentUser;
import vn.eoffice.identity.Role;
import vn.eoffice.platform.Secrecy;

/**
 * The list queries. They select only what {@code AccessControl} would let the person see (own agency, clearance,
 * participation, own unit; everything for leaders and clerks), so pages are never thinned after paging.
 */
final class TaskSpecifications {

    private TaskSpecifications() {
    }

    static Specification<Task> matching(TaskFilter filter, CurrentUser user, LocalDate today) {
        return (root, query, cb) -> {
            List<Predicate> all = new ArrayList<>();
            all.add(cb.equal(root.get("agencyId"), user.agencyId()));
            all.add(root.get("secrecy").in(Arrays.stream(Secrecy.values()).filter(user.clearance()::covers).toList()));
            var co = root.join("coProcessors", JoinType.LEFT);
            query.distinct(true);
            Long me = user.id();
            Long unit = user.unitId();
            boolean head = user.hasRole(Role.UNIT_HEAD) && unit != null;
            switch (filter.view()) {
                case MINE -> {
                    List<Predicate> mine = new ArrayList<>();
                    mine.add(cb.equal(root.get("leadUserId"), me));
                    mine.add(cb.equal(co.get("userId"), me));
                    if (head) {
                        mine.add(cb.equal(root.get("leadUnitId"), unit));
                        mine.add(cb.equal(co.get("unitId"), unit));
                    }
                    all.add(cb.or(mine.toArray(Predicate[]::new)));
                }
                case ASSIGNED -> all.add(cb.equal(root.get("assignerId"), me));
                case UNIT -> all.add(unit == null ? cb.disjunction()
                        : cb.or(cb.equal(root.get("ownerUnitId"), unit), cb.equal(co.get("unitId"), unit)));
                case ALL -> {
                    if (!user.hasRole(Role.LEADER) && !user.hasRole(Role.CLERK)) {
                        all.add(cb.disjunction());
                    }
                }
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
}
