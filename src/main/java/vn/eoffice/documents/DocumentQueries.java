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
 * loaded, counted or shown.
 */
@Service
@Transactional(readOnly = true)
public class DocumentQueries {

    private static final Set<DocumentStatus> FINISHED = Set.of(DocumentStatus.DONE, DocumentStatus.RECALLED);

    private final Documents documents;
    private final AccessControl access;
    private final Clock clock;

    DocumentQueries(Documents documents, AccessControl access, Clock clock) {
        this.documents = documents;
        this.access = access;
        this.clock = clock;
    }

    /** Incoming documents in a box, urgent ones first, then the newest. */
    public Page<DocumentRow> incoming(CurrentUser user, Box box, Pageable pageable) {
        var sorted = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                Sort.by(Sort.Order.desc("urgencyRank"), Sort.Order.desc("receivedAt"), Sort.Order.desc("id")));
        return documents.findAll(visibleTo(user).and(inBox(user, box)), sorted).map(DocumentRow::of);
    }

    /** Outgoing and internal documents in a box, the newest first. */
    public Page<DocumentRow> outgoing(CurrentUser user, vn.eoffice.documents.outgoing.OutgoingBox box,
            Pageable pageable) {
        var sorted = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id")));
        return documents.findAll(visibleTo(user).and(box.filter(user)), sorted).map(DocumentRow::of);
    }

    /** How many documents each box holds for this person (for the menu badges). */
    public Map<Box, Long> counts(CurrentUser user) {
        var counts = new EnumMap<Box, Long>(Box.class);
        for (Box box : List.of(Box.REGISTERED, Box.AWAITING_DIRECTIVE, Box.TO_PROCESS, Box.IN_PROGRESS, Box.OVERDUE)) {
            counts.put(box, documents.count(visibleTo(user).and(inBox(user, box))));
        }
        return counts;
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
                any.add(participates(root, query, cb, scope.participantUserIds(), scope.participantUnitIds(), null));
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
                                : participates(root, query, cb, me, Set.of(), ParticipantRole.LEADER));
                case TO_PROCESS -> cb.and(incoming, cb.equal(root.get("status"), DocumentStatus.DIRECTED),
                        cb.or(participates(root, query, cb, me, myUnit, ParticipantRole.LEAD),
                                participates(root, query, cb, me, myUnit, ParticipantRole.CO)));
                case IN_PROGRESS -> cb.and(incoming, cb.equal(root.get("status"), DocumentStatus.IN_PROGRESS));
                case OVERDUE -> cb.and(incoming, cb.lessThan(root.get("deadline"), today),
                        cb.not(root.get("status").in(FINISHED)));
                case DONE -> cb.and(incoming, cb.equal(root.get("status"), DocumentStatus.DONE));
                case ALL -> incoming;
            };
        };
    }

    /** A correlated EXISTS over the participants, so a document is never listed twice. */
    private static Predicate participates(Root<Document> root, CriteriaQuery<?> query, CriteriaBuilder cb,
            Set<Long> userIds, Set<Long> unitIds, ParticipantRole role) {
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
        if (role != null) {
            where.add(cb.equal(participant.get("role"), role));
        }
        sub.select(cb.literal(1)).where(where.toArray(Predicate[]::new));
        return cb.exists(sub);
    }
}
