package vn.eoffice.documents.outgoing;

import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import vn.eoffice.documents.Document;
import vn.eoffice.identity.Role;
import vn.eoffice.identity.UserManagement;
import vn.eoffice.platform.StepDone;
import vn.eoffice.platform.StepWaiting;

/**
 * Tells each person whose turn an outgoing document has reached (reviewer, signer, the agency's clerks for the
 * release, the drafter of a returned draft) and clears the step when it is done, through the platform's step
 * events: the notifications module listens, this module does not depend on it.
 */
@Component
class CircuitNotices {

    private final ApplicationEventPublisher events;
    private final UserManagement users;

    CircuitNotices(ApplicationEventPublisher events, UserManagement users) {
        this.events = events;
        this.users = users;
    }

    static String reviewStep(Long documentId, Long reviewerId) {
        return "outgoing:" + documentId + ":review:" + reviewerId;
    }

    static String step(Long documentId, String what) {
        return "outgoing:" + documentId + ":" + what;
    }

    /** The reviewers whose turn it now is (every pending step of the lowest open order) are told. */
    void turnReached(Document document, List<ReviewStep> all) {
        int current = all.stream().filter(s -> s.getStatus() != ReviewStep.Status.APPROVED)
                .mapToInt(ReviewStep::getStepOrder).min().orElse(Integer.MAX_VALUE);
        all.stream().filter(s -> s.getStepOrder() == current && s.getStatus() == ReviewStep.Status.PENDING)
                .forEach(s -> waiting(document, s.getReviewerId(), reviewStep(document.getId(), s.getReviewerId()),
                        s.getKind() == ReviewStep.Kind.APPROVAL ? "queue.notice.approve" : "queue.notice.review"));
    }

    /** A round ends (returned or replaced): no reviewer of it waits any more. */
    void roundClosed(Document document, List<ReviewStep> all) {
        all.forEach(s -> done(reviewStep(document.getId(), s.getReviewerId())));
    }

    void returned(Document document, List<ReviewStep> all) {
        roundClosed(document, all);
        waiting(document, document.getCreatedBy(), step(document.getId(), "returned"), "queue.notice.returned");
    }

    void approved(Document document, Long signerId) {
        waiting(document, signerId, step(document.getId(), "sign"), "queue.notice.sign");
    }

    void signed(Document document) {
        done(step(document.getId(), "sign"));
        users.staffOf(document.getAgencyId()).stream()
                .filter(person -> person.enabled() && person.roles().contains(Role.CLERK))
                .forEach(clerk -> waiting(document, clerk.id(), step(document.getId(), "release"),
                        "queue.notice.release"));
    }

    void released(Document document) {
        done(step(document.getId(), "release"));
    }

    void resubmitted(Document document) {
        done(step(document.getId(), "returned"));
    }

    private void waiting(Document document, Long recipientId, String step, String titleKey) {
        events.publishEvent(new StepWaiting(recipientId, step, "DOCUMENT", document.getSecrecy(), titleKey,
                List.of(document.getSummary()), "/documents/outgoing/" + document.getId()));
    }

    private void done(String step) {
        events.publishEvent(new StepDone(step));
    }
}
