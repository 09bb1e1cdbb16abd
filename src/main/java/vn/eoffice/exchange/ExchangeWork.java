package vn.eoffice.exchange;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.eoffice.identity.AccessControl;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.platform.Actor;
import vn.eoffice.platform.WaitingItem;
import vn.eoffice.platform.WaitingStep;
import vn.eoffice.platform.WaitingWork;

/**
 * The exchange's part of the queue, for those who handle the agency's exchange (its clerks): packages received and
 * not yet accepted or refused, and recalls to answer.
 */
@Component
@Transactional(readOnly = true)
class ExchangeWork implements WaitingWork {

    static final String PACKAGES = "queue.exchange.PACKAGES";
    static final String RECALLS = "queue.exchange.RECALLS";

    private final EntityManager entityManager;
    private final AccessControl access;

    ExchangeWork(EntityManager entityManager, AccessControl access) {
        this.entityManager = entityManager;
        this.access = access;
    }

    @Override
    public List<WaitingStep> waitingFor(Actor actor) {
        if (!(actor instanceof CurrentUser user) || user.agencyId() == null
                || !access.handlesExchange(user, user.agencyId())) {
            return List.of();
        }
        return List.of(
                new WaitingStep("queue.area.exchange", PACKAGES,
                        count(user, "e.state = vn.eoffice.exchange.InboxState.RECEIVED"), "/exchange/inbox"),
                new WaitingStep("queue.area.exchange", RECALLS,
                        count(user, "e.recallState = vn.eoffice.exchange.RecallState.REQUESTED"),
                        "/exchange/inbox"));
    }

    /** The packages themselves, oldest first: number and symbol, summary and sender, one click from the package. */
    @Override
    public List<WaitingItem> firstWaiting(Actor actor, String kind, int limit) {
        if (!(actor instanceof CurrentUser user) || user.agencyId() == null
                || !access.handlesExchange(user, user.agencyId())) {
            return List.of();
        }
        String condition = switch (kind) {
            case PACKAGES -> "e.state = vn.eoffice.exchange.InboxState.RECEIVED";
            case RECALLS -> "e.recallState = vn.eoffice.exchange.RecallState.REQUESTED";
            default -> null;
        };
        if (condition == null) {
            return List.of();
        }
        return entityManager.createQuery("select e from InboxEntry e where e.agencyId = :agency and " + condition
                + " order by e.receivedAt, e.id", InboxEntry.class).setParameter("agency", user.agencyId())
                .setMaxResults(limit).getResultList().stream()
                .map(e -> new WaitingItem(e.getNotation() + " — " + e.getSummary() + " (" + e.getSenderName() + ")",
                        "/exchange/inbox/" + e.getId()))
                .toList();
    }

    private int count(CurrentUser user, String condition) {
        return entityManager.createQuery("select e.id from InboxEntry e where e.agencyId = :agency and " + condition,
                Long.class).setParameter("agency", user.agencyId()).setMaxResults(WaitingStep.COUNT_LIMIT + 1)
                .getResultList().size();
    }
}
