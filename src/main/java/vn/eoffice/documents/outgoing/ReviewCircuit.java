package vn.eoffice.documents.outgoing;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.eoffice.audit.AuditLog;
import vn.eoffice.audit.Outcome;
import vn.eoffice.documents.DocumentManagement;
import vn.eoffice.documents.DocumentStatus;
import vn.eoffice.documents.Participant;
import vn.eoffice.documents.ParticipantRole;
import vn.eoffice.identity.AccessControl;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.identity.UserManagement;
import vn.eoffice.platform.DomainException;

/**
 * The review circuit of a draft (trình duyệt): steps run by their order, steps sharing an order run in parallel;
 * a return sends the draft back to its drafter, the approval by the signer ends the circuit.
 */
@Service
@Transactional
public class ReviewCircuit {

    private final OutgoingManagement drafts;
    private final ReviewSteps steps;
    private final DocumentVersions versions;
    private final DocumentManagement management;
    private final UserManagement users;
    private final AccessControl access;
    private final SigningCapacities capacities;
    private final AuditLog audit;
    private final CircuitNotices notices;
    private final Clock clock;

    ReviewCircuit(OutgoingManagement drafts, ReviewSteps steps, DocumentVersions versions,
            DocumentManagement management, UserManagement users, AccessControl access,
            SigningCapacities capacities, AuditLog audit, CircuitNotices notices,
            Clock clock) {
        this.notices = notices;
        this.drafts = drafts;
        this.capacities = capacities;
        this.steps = steps;
        this.versions = versions;
        this.management = management;
        this.users = users;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** Defines the circuit (replacing the previous round's) and submits the draft to it. */
    public void submit(CurrentUser drafter, Long documentId, List<CircuitStep> circuit) {
        submit(drafter, documentId, circuit, null);
    }

    /**
     * As {@link #submit(CurrentUser, Long, List)}, with the signing authority chosen beside the signer ({@code choice}
     * null keeps the one chosen before).
     */
    public void submit(CurrentUser drafter, Long documentId, List<CircuitStep> circuit, SigningChoice choice) {
        var document = drafts.ownDraft(drafter, documentId);
        var capacity = choice == null ? null : choice.capacity();
        if (versions.findByDocumentIdOrderByVersionNoAsc(documentId).isEmpty()) {
            throw new DomainException("outgoing.version.required");
        }
        check(circuit);
        for (var step : circuit) {
            var reviewer = users.summary(step.reviewerId());
            if (!document.getAgencyId().equals(reviewer.agencyId()) || !reviewer.enabled()) {
                throw new DomainException("outgoing.circuit.reviewerInvalid");
            }
            if (!reviewer.clearance().covers(document.getSecrecy())) {
                throw new DomainException("outgoing.circuit.reviewerNotCleared", reviewer.fullName());
            }
            if (!access.mayApprove(reviewer.id(), document.getCreatedBy())) {
                throw new DomainException("outgoing.circuit.drafterReviews");
            }
            if (step.kind() == ReviewStep.Kind.APPROVAL
                    && !access.maySign(reviewer, DocumentManagement.protection(document))) {
                throw new DomainException("outgoing.circuit.signerWithoutAuthority", reviewer.fullName());
            }
        }
        if (choice != null) {
            capacities.apply(drafter, document, capacity);
        }
        var previous = steps.findByDocumentIdOrderByStepOrderAscIdAsc(documentId);
        notices.roundClosed(document, previous);
        notices.resubmitted(document);
        steps.deleteAll(previous);
        var round = new java.util.ArrayList<ReviewStep>();
        for (var step : circuit) {
            round.add(steps.save(new ReviewStep(documentId, step.order(), step.kind(), step.reviewerId())));
            document.include(Participant.user(step.reviewerId(), step.kind() == ReviewStep.Kind.APPROVAL
                    ? ParticipantRole.SIGNER : ParticipantRole.REVIEWER));
        }
        document.submitForReview();
        notices.turnReached(document, round);
        management.record(document, drafter, "SUBMITTED_FOR_REVIEW", circuit.size() + " bước");
        audit.record("DOCUMENT_SUBMITTED_FOR_REVIEW", "DOCUMENT", documentId, circuit.toString(),
                document.getSecrecy());
    }

    /** Exactly one approval step, by the signer, after every other step. */
    static void check(List<CircuitStep> circuit) {
        if (circuit == null || circuit.isEmpty()) {
            throw new DomainException("outgoing.circuit.empty");
        }
        var approvals = circuit.stream().filter(s -> s.kind() == ReviewStep.Kind.APPROVAL).toList();
        if (approvals.size() != 1) {
            throw new DomainException("outgoing.circuit.oneApproval");
        }
        int last = approvals.get(0).order();
        if (circuit.stream().anyMatch(s -> s.kind() != ReviewStep.Kind.APPROVAL && s.order() >= last)) {
            throw new DomainException("outgoing.circuit.approvalLast");
        }
        if (circuit.stream().anyMatch(s -> s.order() < 1 || s.reviewerId() == null || s.kind() == null)) {
            throw new DomainException("outgoing.circuit.stepInvalid");
        }
    }

    /** The reviewer whose turn it is approves, or returns the draft with a comment. */
    public void decide(CurrentUser reviewer, Long documentId, boolean approve, String comment) {
        var document = drafts.outgoing(reviewer, documentId);
        if (document.getStatus() != DocumentStatus.IN_REVIEW) {
            throw new DomainException("outgoing.review.notInReview");
        }
        var all = steps.findByDocumentIdOrderByStepOrderAscIdAsc(documentId);
        var mine = myTurn(all, reviewer.id());
        if (mine == null || !access.mayApprove(reviewer.id(), document.getCreatedBy())) {
            audit.recordAttempt("DOCUMENT_REVIEW", "DOCUMENT", documentId, null, Outcome.DENIED);
            throw new AccessDeniedException("not this reviewer's turn");
        }
        String text = comment == null || comment.isBlank() ? null : comment.trim();
        if (!approve && text == null) {
            throw new DomainException("outgoing.review.commentRequired");
        }
        mine.decide(approve, text, Instant.now(clock));
        if (!approve) {
            document.returnToDraft();
            notices.returned(document, all);
            management.record(document, reviewer, "REVIEW_RETURNED", text);
        } else if (all.stream().allMatch(s -> s.getStatus() == ReviewStep.Status.APPROVED)) {
            document.approve();
            notices.roundClosed(document, all);
            notices.approved(document, all.stream().filter(s -> s.getKind() == ReviewStep.Kind.APPROVAL)
                    .map(ReviewStep::getReviewerId).findFirst().orElse(reviewer.id()));
            management.record(document, reviewer, "APPROVED", text);
        } else {
            notices.roundClosed(document, List.of(mine));
            notices.turnReached(document, all);
            management.record(document, reviewer, "REVIEW_APPROVED", text);
        }
        audit.record(approve ? "DOCUMENT_REVIEW_APPROVED" : "DOCUMENT_REVIEW_RETURNED", "DOCUMENT", documentId,
                mine.getKind() + (text == null ? "" : ": " + text));
    }

    @Transactional(readOnly = true)
    public List<ReviewStep> steps(CurrentUser user, Long documentId) {
        drafts.outgoing(user, documentId);
        return steps.findByDocumentIdOrderByStepOrderAscIdAsc(documentId);
    }

    /** The reviewer's pending step if every earlier step is approved (the circuit has reached them). */
    public static ReviewStep myTurn(List<ReviewStep> all, Long reviewerId) {
        int current = all.stream().filter(s -> s.getStatus() != ReviewStep.Status.APPROVED)
                .mapToInt(ReviewStep::getStepOrder).min().orElse(Integer.MAX_VALUE);
        return all.stream().filter(s -> s.getReviewerId().equals(reviewerId) && s.getStepOrder() == current
                && s.getStatus() == ReviewStep.Status.PENDING).findFirst().orElse(null);
    }
}
