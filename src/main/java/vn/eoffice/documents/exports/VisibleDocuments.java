package vn.eoffice.documents.exports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import jakarta.persistence.criteria.Predicate;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.eoffice.documents.Document;
import vn.eoffice.identity.AccessControl;
import vn.eoffice.identity.CurrentUser;

/**
 * Documents as one person may see them, with the access rule applied in the database exactly as
 * {@code DocumentQueries} does (the predicate is copied from there: keep the two alike).
 */
@Component
@Transactional(readOnly = true)
public class VisibleDocuments {

    private static final Sort REGISTER_ORDER = Sort.by("registerNumber", "id");

    private final DocumentRecords documents;
    private final AccessControl access;

    VisibleDocuments(DocumentRecords documents, AccessControl access) {
        this.documents = documents;
        this.access = access;
    }

    /** The register's documents whose arrival date (incoming) or document date (others) falls in the period. */
    public Page<Document> inRegister(CurrentUser user, Long registerId, boolean byArrival, LocalDate from,
            LocalDate to, Pageable pageable) {
        var spec = visibleTo(user).and(inRegister(registerId, byArrival, from, to));
        var sorted = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), REGISTER_ORDER);
        return documents.findAll(spec, sorted);
    }

    public List<Document> inRegister(CurrentUser user, Long registerId, boolean byArrival, LocalDate from,
            LocalDate to) {
        return documents.findAll(visibleTo(user).and(inRegister(registerId, byArrival, from, to)), REGISTER_ORDER);
    }

    /** Those of {@code ids} the person may see. */
    public List<Document> withIds(CurrentUser user, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Specification<Document> among = (root, query, cb) -> root.get("id").in(ids);
        return documents.findAll(visibleTo(user).and(among));
    }

    /**
     * How many of {@code ids} are documents the person may know of (their clearance covers the secrecy), seen or not:
     * the count of hidden documents shown to them must never reveal that a secret one exists.
     */
    public long countKnownOf(CurrentUser user, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        var levels = access.listScope(user).secrecyLevels();
        Specification<Document> known = (root, query, cb) -> cb.and(root.get("id").in(ids),
                root.get("secrecy").in(levels));
        return documents.count(known);
    }

    public boolean isVisible(CurrentUser user, Long id) {
        return !withIds(user, Set.of(id)).isEmpty();
    }

    /** Visible documents whose number/symbol or summary contains {@code text}, newest first. */
    public Page<Document> search(CurrentUser user, String text, Pageable pageable) {
        String like = "%" + (text == null ? "" : text.trim().toLowerCase()) + "%";
        Specification<Document> matches = (root, query, cb) -> cb.or(cb.like(cb.lower(root.get("notation")), like),
                cb.like(cb.lower(root.get("summary")), like));
        var sorted = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id")));
        return documents.findAll(visibleTo(user).and(matches), sorted);
    }

    private static Specification<Document> inRegister(Long registerId, boolean byArrival, LocalDate from,
            LocalDate to) {
        String date = byArrival ? "arrivalDate" : "documentDate";
        return (root, query, cb) -> cb.and(cb.equal(root.get("registerId"), registerId),
                cb.isNotNull(root.get("registerNumber")), cb.between(root.get(date), from, to));
    }

    private Specification<Document> visibleTo(CurrentUser user) {
        var scope = access.listScope(user);
        return (root, query, cb) -> {
            var predicates = new ArrayList<Predicate>();
            predicates.add(cb.equal(root.get("agencyId"), scope.agencyId()));
            predicates.add(root.get("secrecy").in(scope.secrecyLevels()));
            if (!scope.wholeAgency()) {
                var any = new ArrayList<Predicate>();
                if (!scope.ownerUnitIds().isEmpty()) {
                    any.add(root.get("ownerUnitId").in(scope.ownerUnitIds()));
                }
                var sub = query.subquery(Integer.class);
                var participant = sub.correlate(root).join("participants");
                var who = new ArrayList<Predicate>();
                if (!scope.participantUserIds().isEmpty()) {
                    who.add(participant.get("userId").in(scope.participantUserIds()));
                }
                if (!scope.participantUnitIds().isEmpty()) {
                    who.add(participant.get("unitId").in(scope.participantUnitIds()));
                }
                sub.select(cb.literal(1)).where(who.isEmpty() ? cb.disjunction() : cb.or(who.toArray(Predicate[]::new)));
                any.add(cb.exists(sub));
                predicates.add(cb.or(any.toArray(Predicate[]::new)));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }
}
