package vn.eoffice.documents;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
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

    /**
     * How many documents a list names by id (those taken part in outside the person's own units); past that, one
     * query checks the participants of every document it reads instead.
     */
    static final int ELSEWHERE_LIMIT = 1000;

    private static final Set<DocumentStatus> FINISHED = Set.of(DocumentStatus.DONE, DocumentStatus.RECALLED,
            DocumentStatus.REPLACED);
    private static final Set<ParticipantRole> HANDLERS = Set.of(ParticipantRole.LEAD, ParticipantRole.CO);

    private final AccessControl access;
    private final Participations participations;
    private final ListReader lists;
    private final Clock clock;

    DocumentQueries(AccessControl access, Participations participations, ListReader lists, Clock clock) {
        this.access = access;
        this.participations = participations;
        this.lists = lists;
        this.clock = clock;
    }

    /** Incoming documents in a box, urgent ones first, then the newest. */
    public Page<DocumentRow> incoming(CurrentUser user, Box box, Pageable pageable) {
        var sorted = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                Sort.by(Sort.Order.desc("urgencyRank"), Sort.Order.desc("receivedAt"), Sort.Order.desc("id")));
        return lists.page(inBox(user, box, visible(user)), sorted, sorted.getOffset() + COUNT_LIMIT + 1);
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
        return lists.page(ListPart.and(visible(user), box.filter(user)), sorted,
                sorted.getOffset() + COUNT_LIMIT + 1);
    }

    /**
     * How many documents each box holds for this person (for the menu badges), up to {@link #BADGE_LIMIT}; a box
     * holding more shows {@code BADGE_LIMIT + 1}.
     */
    public Map<Box, Long> counts(CurrentUser user) {
        var counts = new EnumMap<Box, Long>(Box.class);
        var visible = visible(user);
        for (Box box : List.of(Box.REGISTERED, Box.AWAITING_DIRECTIVE, Box.TO_PROCESS, Box.IN_PROGRESS, Box.OVERDUE)) {
            counts.put(box, lists.countUpTo(inBox(user, box, visible), BADGE_LIMIT + 1));
        }
        return counts;
    }

    /** How many of the person's visible incoming documents a box holds, up to {@code limit}. */
    public long countIncoming(CurrentUser user, Box box, int limit) {
        return lists.countUpTo(inBox(user, box, visible(user)), limit);
    }

    /** How many of the person's visible outgoing documents a box holds, up to {@code limit}. */
    public long countOutgoing(CurrentUser user, vn.eoffice.documents.outgoing.OutgoingBox box, int limit) {
        return lists.countUpTo(ListPart.and(visible(user), box.filter(user)), limit);
    }

    /** A badge's text: the count, or "99+" past {@link #BADGE_LIMIT}. */
    public static String badge(Long count) {
        return count == null ? "0" : count > BADGE_LIMIT ? BADGE_LIMIT + "+" : count.toString();
    }

    /**
     * What the person may see. A unit takes part in most of what it owns, so a unit-scoped list is made of its units'
     * own documents, read from the documents' indexes, and of the few that it or its people take part in elsewhere,
     * named by id: no list walks all of a unit's participations. Past {@link #ELSEWHERE_LIMIT} of those, one query
     * checks ownership and participation on every document it reads.
     */
    private List<ListPart> visible(CurrentUser user) {
        ListScope scope = access.listScope(user);
        Specification<Document> inAgency = (root, query, cb) -> cb.and(
                cb.equal(root.get("agencyId"), scope.agencyId()), root.get("secrecy").in(scope.secrecyLevels()));
        if (scope.wholeAgency()) {
            return List.of(new ListPart(inAgency, false));
        }
        var elsewhere = participations.notOwnedBy(scope.ownerUnitIds(), scope.participantUserIds(),
                scope.participantUnitIds(), Set.of(), ELSEWHERE_LIMIT + 1);
        if (elsewhere.size() > ELSEWHERE_LIMIT) {
            return List.of(new ListPart(inAgency.and(ownedOrTakingPart(scope)), false));
        }
        var parts = new ArrayList<ListPart>();
        if (!scope.ownerUnitIds().isEmpty()) {
            parts.add(new ListPart(inAgency.and(ownedBy(scope.ownerUnitIds())), false));
        }
        if (!elsewhere.isEmpty()) {
            parts.add(new ListPart(inAgency.and(among(elsewhere)), true));
        }
        return parts;
    }

    /**
     * The box within what the person may see. "To process" is split the same way as {@link #visible}: my unit leads
     * most of what it owns, so its own documents are checked one by one from the documents' index, and the few that
     * it or I lead or co-process elsewhere are named.
     */
    private List<ListPart> inBox(CurrentUser user, Box box, List<ListPart> visible) {
        var filter = inBox(user, box);
        if (box != Box.TO_PROCESS || user.unitId() == null) {
            return ListPart.and(visible, filter);
        }
        Set<Long> myUnit = Set.of(user.unitId());
        var elsewhere = participations.notOwnedBy(myUnit, Set.of(user.id()), myUnit, HANDLERS, ELSEWHERE_LIMIT + 1);
        if (elsewhere.size() > ELSEWHERE_LIMIT) {
            return ListPart.and(visible, filter);
        }
        var parts = new ArrayList<ListPart>();
        for (var part : visible) {
            if (part.named()) {
                parts.add(part.and(filter));
                continue;
            }
            parts.add(part.and(filter).and(ownedBy(myUnit)));
            if (!elsewhere.isEmpty()) {
                parts.add(new ListPart(part.filter().and(filter).and(among(elsewhere)), true));
            }
        }
        return parts;
    }

    private static Specification<Document> ownedBy(Set<Long> units) {
        return (root, query, cb) -> root.get("ownerUnitId").in(units);
    }

    private static Specification<Document> among(List<Long> ids) {
        return (root, query, cb) -> root.get("id").in(ids);
    }

    /** Owned by one of the scope's units, or taken part in: people and units apart, each EXISTS from its own index. */
    private static Specification<Document> ownedOrTakingPart(ListScope scope) {
        return (root, query, cb) -> {
            var any = new ArrayList<Predicate>();
            if (!scope.ownerUnitIds().isEmpty()) {
                any.add(root.get("ownerUnitId").in(scope.ownerUnitIds()));
            }
            any.add(participates(root, query, cb, scope.participantUserIds(), Set.of(), Set.of()));
            if (!scope.participantUnitIds().isEmpty()) {
                any.add(participates(root, query, cb, Set.of(), scope.participantUnitIds(), Set.of()));
            }
            return cb.or(any.toArray(Predicate[]::new));
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
