package vn.eoffice.audit;

import java.time.Instant;
import java.util.ArrayList;

import jakarta.persistence.criteria.Predicate;

import org.springframework.data.jpa.domain.Specification;

/**
 * Filters for browsing the audit log; blank fields do not filter.
 */
public record AuditQuery(String username, String action, String objectType, String objectId, Outcome outcome,
        Instant from, Instant to) {

    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, null, null, null);
    }

    Specification<AuditEntry> toSpecification() {
        return (root, query, cb) -> {
            var predicates = new ArrayList<Predicate>();
            if (hasText(username)) {
                predicates.add(cb.equal(cb.lower(root.get("actorUsername")), username.trim().toLowerCase()));
            }
            if (hasText(action)) {
                predicates.add(cb.like(root.get("action"), action.trim().toUpperCase() + "%"));
            }
            if (hasText(objectType)) {
                predicates.add(cb.equal(root.get("objectType"), objectType.trim()));
            }
            if (hasText(objectId)) {
                predicates.add(cb.equal(root.get("objectId"), objectId.trim()));
            }
            if (outcome != null) {
                predicates.add(cb.equal(root.get("outcome"), outcome));
            }
            if (from != null) {
                predicates.add(cb.greaterThanOrEqualTo(root.get("occurredAt"), from));
            }
            if (to != null) {
                predicates.add(cb.lessThan(root.get("occurredAt"), to));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
