package vn.eoffice.documents;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.query.QueryUtils;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.eoffice.identity.AccessControl;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.identity.ListScope;

/**
 * Lists of documents under the access rule, applied in the database: a document the person may not see is never
 * loaded, counted or shown. Totals are exact up to {@link #COUNT_LIMIT} documents past the current page and stop
 * there ({@link #totalIsLowerBound}): an agency's 100,000 documents are never counted to draw a badge or a pager.
 */
@Service
@Transactional(readOnly = true)
public class DocumentQueries {

    /** How far past the current page a list counts before it says "more than". */
    public static final int COUNT_LIMIT = 1000;

    /** How far a menu badge counts before it says "99+": a badge tells that work is waiting, not how much. */
    public static final int BADGE_LIMIT = 99;

    private static final Set<DocumentStatus> FINISHED = Set.of(DocumentStatus.DONE, DocumentStatus.RECALLED,
            DocumentStatus.REPLACED);
    private static final Set<ParticipantRole> HANDLERS = Set.of(ParticipantRole.LEAD, ParticipantRole.CO);

    private final AccessControl access;
    private final Clock clock;

    @PersistenceContext
    private EntityManager entityManager;

    DocumentQueries(AccessControl access, Clock clock) {
        this.access = access;
        this.clock = clock;
    }

    /** Incoming documents in a box, urgent ones first, then the newest. */
    public Page<DocumentRow> incoming(CurrentUser user, Box box, Pageable pageable) {
        var sorted = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                Sort.by(Sort.Order.desc("urgencyRank"), Sort.Order.desc("receivedAt"), Sort.Order.desc("id")));
        return page(visibleTo(user).and(inBox(user, box)), sorted);
    }

    /** Whether the page's total stopped at the count limit: there are at least that many, maybe more. */
    public static boolean totalIsLowerBound(Page<?> page) {
        return page.getTotalElements() > page.getPageable().getOffset() + COUNT_LIMIT;
    }

    /** Outgoing and internal documents in a box, the newest first. */
    public Page<DocumentRow> outgoing(CurrentUser user, vn.eoffice.documents.outgoing.OutgoingBox box,
            Pageable pageable) {
        var sorted = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id")));
        return page(visibleTo(user).and(box.filter(user)), sorted);
    }

    /**
     * How many documents each box holds for this person (for the menu badges), up to {@link #BADGE_LIMIT}; a box
     * holding more shows {@code BADGE_LIMIT + 1}.
     */
    public Map<Box, Long> counts(CurrentUser user) {
        var counts = new EnumMap<Box, Long>(Box.class);
        for (Box box : List.of(Box.REGISTERED, Box.AWAITING_DIRECTIVE, Box.TO_PROCESS, Box.IN_PROGRESS, Box.OVERDUE)) {
            counts.put(box, countUpTo(visibleTo(user).and(inBox(user, box)), BADGE_LIMIT + 1));
        }
        return counts;
    }

    /** A badge's text: the count, or "99+" past {@link #BADGE_LIMIT}. */
    public static String badge(Long count) {
        return count == null ? "0" : count > BADGE_LIMIT ? BADGE_LIMIT + "+" : count.toString();
    }

    /** One page in the given order; the total is counted only when the page does not tell it, and only so far. */
    private Page<DocumentRow> page(Specification<Document> filter, PageRequest sorted) {
        var cb = entityManager.getCriteriaBuilder();
        var query = cb.createQuery(Document.class);
        var root = query.from(Document.class);
        query.where(filter.toPredicate(root, query, cb)).orderBy(QueryUtils.toOrders(sorted.getSort(), root, cb));
        var rows = entityManager.createQuery(query).setFirstResult((int) sorted.getOffset())
                .setMaxResults(sorted.getPageSize()).getResultList().stream().map(DocumentRow::of).toList();
        return PageableExecutionUtils.getPage(rows, sorted,
                () -> countUpTo(filter, sorted.getOffset() + COUNT_LIMIT + 1));
    }

    /** Counts matching documents by reading at most {@code limit} ids (never the whole agency). */
    private long countUpTo(Specification<Document> filter, long limit) {
        var cb = entityManager.getCriteriaBuilder();
        var query = cb.createQuery(Long.class);
        var root = query.from(Document.class);
        query.select(root.get("id")).where(filter.toPredicate(root, query, cb));
        return entityManager.createQuery(query).setMaxResults((int) Math.min(limit, Integer.MAX_VALUE))
                .getResultList().size();
    }

    private Specification<Document> visibleTo(CurrentUser user) {
        ListScope scope = access.listScope(user);
        return (root, query, cb) -> {
            var predicates = new ArrayList<Predicate>();
            predicates.add(cb.equal(root.get("agencyId"), scope.agencyId()));
            predicates.add(root.get("secrecy").in(scope.secrecyLevels()));
            if (!scope.wholeAgency()) {
                var any = new ArrayList<Predicate>();
                if (!scope.ownerUnitIds().isEmpty()) {
                    any.add(root.get("ownerUnitId").in(scope.ownerUnitIds()));
                }
                // people and units apart: each EXISTS is then read from its own index alone
                any.add(participates(root, query, cb, scope.participantUserIds(), Set.of(), Set.of()));
                if (!scope.participantUnitIds().isEmpty()) {
                    any.add(participates(root, query, cb, Set.of(), scope.participantUnitIds(), Set.of()));
                }
                predicates.add(cb.or(any.toArray(Predicate[]::new)));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }

    private Specification<Document> inBox(CurrentUser user, Box box) {
        LocalDate today = LocalDate.now(clock);
        return (root, query, cb) -> {
            var incoming = cb.equal(root.get("direction"), Direction.INCOMING);
            Set<Long> me = Set.of(user.id());
            Set<Long> myUnit = user.unitId() == null ? Set.of() : Set.of(user.unitId());
            return switch (box) {
                case REGISTERED -> cb.and(incoming, cb.equal(root.get("status"), DocumentStatus.REGISTERED));
                case AWAITING_DIRECTIVE -> cb.and(incoming, cb.equal(root.get("status"), DocumentStatus.SUBMITTED),
                        user.hasRole(vn.eoffice.identity.Role.CLERK) ? cb.conjunction()
                                : participates(root, query, cb, me, Set.of(), Set.of(ParticipantRole.LEADER)));
                case TO_PROCESS -> cb.and(incoming, cb.equal(root.get("status"), DocumentStatus.DIRECTED),
                        participates(root, query, cb, me, myUnit, HANDLERS));
                case IN_PROGRESS -> cb.and(incoming, cb.equal(root.get("status"), DocumentStatus.IN_PROGRESS));
                case OVERDUE -> cb.and(incoming, cb.lessThan(root.get("deadline"), today),
                        cb.not(root.get("status").in(FINISHED)));
                case DONE -> cb.and(incoming, cb.equal(root.get("status"), DocumentStatus.DONE));
                case ALL -> incoming;
            };
        };
    }

    /**
     * A correlated EXISTS over the participants (in any of {@code roles}, or any role if empty), so a document is
     * never listed twice. One EXISTS, not one per role: PostgreSQL turns a single EXISTS into a semi-join it can
     * start from the participant index, but evaluates an OR of several once per document.
     */
    private static Predicate participates(Root<Document> root, CriteriaQuery<?> query, CriteriaBuilder cb,
            Set<Long> userIds, Set<Long> unitIds, Set<ParticipantRole> roles) {
        var sub = query.subquery(Integer.class);
        var correlated = sub.correlate(root);
        var participant = correlated.join("participants");
        var who = new ArrayList<Predicate>();
        if (!userIds.isEmpty()) {
            who.add(participant.get("userId").in(userIds));
        }
        if (!unitIds.isEmpty()) {
            who.add(participant.get("unitId").in(unitIds));
        }
        var where = new ArrayList<Predicate>();
        where.add(who.isEmpty() ? cb.disjunction() : cb.or(who.toArray(Predicate[]::new)));
        if (!roles.isEmpty()) {
            where.add(participant.get("role").in(roles));
        }
        sub.select(cb.literal(1)).where(where.toArray(Predicate[]::new));
        return cb.exists(sub);
    }
}
