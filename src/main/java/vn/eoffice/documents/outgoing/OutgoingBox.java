package vn.eoffice.documents.outgoing;

import java.util.List;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import org.springframework.data.jpa.domain.Specification;

import vn.eoffice.documents.Direction;
import vn.eoffice.documents.Document;
import vn.eoffice.documents.DocumentStatus;
import vn.eoffice.documents.ParticipantRole;
import vn.eoffice.identity.CurrentUser;

/**
 * The boxes of outgoing and internal documents, by where the document stands and what the person must do. The
 * access rule is applied on top of these filters by the query.
 */
public enum OutgoingBox {
    /** My drafts not yet released (Dự thảo của tôi). */
    MY_DRAFTS,
    /** The circuit has reached my review step (Chờ tôi duyệt). */
    TO_REVIEW,
    /** Approved, waiting for my signature (Chờ ký). */
    TO_SIGN,
    /** Signed, waiting for the clerk (Chờ phát hành). */
    TO_RELEASE,
    RELEASED,
    RECALLED;

    public String messageKey() {
        return "outgoing.box." + name();
    }

    public Specification<Document> filter(CurrentUser user) {
        return (root, query, cb) -> {
            var outgoing = root.get("direction").in(Direction.OUTGOING, Direction.INTERNAL);
            return cb.and(outgoing, switch (this) {
                case MY_DRAFTS -> cb.and(cb.equal(root.get("createdBy"), user.id()), root.get("status").in(
                        List.of(DocumentStatus.DRAFT, DocumentStatus.IN_REVIEW, DocumentStatus.APPROVED,
                                DocumentStatus.SIGNED)));
                case TO_REVIEW -> cb.and(cb.equal(root.get("status"), DocumentStatus.IN_REVIEW),
                        myTurn(root, query, cb, user.id()));
                case TO_SIGN -> cb.and(cb.equal(root.get("status"), DocumentStatus.APPROVED),
                        signer(root, query, cb, user.id()));
                case TO_RELEASE -> cb.equal(root.get("status"), DocumentStatus.SIGNED);
                case RELEASED -> cb.equal(root.get("status"), DocumentStatus.RELEASED);
                case RECALLED -> cb.equal(root.get("status"), DocumentStatus.RECALLED);
            });
        };
    }

    /** A pending step of mine with no earlier step still open. */
    private static Predicate myTurn(Root<Document> root, CriteriaQuery<?> query, CriteriaBuilder cb, Long me) {
        var sub = query.subquery(Long.class);
        var step = sub.from(ReviewStep.class);
        var earlier = sub.subquery(Long.class);
        var open = earlier.from(ReviewStep.class);
        earlier.select(open.get("id")).where(cb.equal(open.get("documentId"), step.get("documentId")),
                cb.notEqual(open.get("status"), ReviewStep.Status.APPROVED),
                cb.lessThan(open.<Integer>get("stepOrder"), step.<Integer>get("stepOrder")));
        sub.select(step.get("id")).where(cb.equal(step.get("documentId"), root.get("id")),
                cb.equal(step.get("reviewerId"), me), cb.equal(step.get("status"), ReviewStep.Status.PENDING),
                cb.not(cb.exists(earlier)));
        return cb.exists(sub);
    }

    private static Predicate signer(Root<Document> root, CriteriaQuery<?> query, CriteriaBuilder cb, Long me) {
        var sub = query.subquery(Integer.class);
        var participant = sub.correlate(root).join("participants");
        sub.select(cb.literal(1)).where(cb.equal(participant.get("userId"), me),
                cb.equal(participant.get("role"), ParticipantRole.SIGNER));
        return cb.exists(sub);
    }
}
