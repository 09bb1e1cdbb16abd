package vn.eoffice.documents;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.springframework.stereotype.Component;

/**
 * Questions about the participant rows alone. Each row carries its document's owner unit ({@link Participation}),
 * so these never read the documents themselves.
 */
@Component
class Participations {

    @PersistenceContext
    private EntityManager entityManager;

    /**
     * Up to {@code limit} documents that none of {@code owners} owns and in which one of {@code users} or
     * {@code units} takes part (in one of {@code roles}, or any role if empty). A unit takes part in most of what it
     * owns: PostgreSQL reads an owning unit's other rows from a partial index of units taking part in documents they
     * do not own (V16_1), not all of its rows. One select per kind of row, in a union: with an OR under DISTINCT and a
     * limit, PostgreSQL would rather walk every participant row in document order, hoping to stop early.
     */
    @SuppressWarnings("unchecked")
    List<Long> notOwnedBy(Set<Long> owners, Set<Long> users, Set<Long> units, Set<ParticipantRole> roles, int limit) {
        String rest = (roles.isEmpty() ? "" : " and role in (:roles)")
                + (owners.isEmpty() ? "" : " and (owner_unit_id is null or owner_unit_id not in (:owners))");
        var owning = new HashSet<>(units);
        owning.retainAll(owners);
        var others = new HashSet<>(units);
        others.removeAll(owners);
        var selects = new ArrayList<String>();
        selects.add("select document_id from document_participant where user_id in (:users)" + rest);
        if (!owning.isEmpty()) {
            selects.add("select document_id from document_participant where unit_id in (:owning)"
                    + " and (unit_id <> owner_unit_id or owner_unit_id is null)" + rest);
        }
        if (!others.isEmpty()) {
            selects.add("select document_id from document_participant where unit_id in (:others)" + rest);
        }
        // a native query still flushes this transaction's pending changes first, as the list queries after it do
        var query = entityManager.createNativeQuery(String.join(" union ", selects), Long.class)
                .setParameter("users", users);
        if (!roles.isEmpty()) {
            query.setParameter("roles", roles.stream().map(Enum::name).toList());
        }
        if (!owners.isEmpty()) {
            query.setParameter("owners", owners);
        }
        if (!owning.isEmpty()) {
            query.setParameter("owning", owning);
        }
        if (!others.isEmpty()) {
            query.setParameter("others", others);
        }
        return query.setMaxResults(limit).getResultList();
    }
}
