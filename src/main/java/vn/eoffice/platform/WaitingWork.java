package vn.eoffice.platform;

import java.util.List;

/**
 * A module's contribution to the person's queue ("Việc cần làm"): the kinds of steps waiting for {@code actor},
 * each with a bounded count and the link to its list. Implementations are Spring beans; their counts must respect
 * the access rule and clearance (a secret step is never counted for the uncleared) and stay cheap: they run on every
 * full page for the navigation's badges. A kind that can concern the person is returned even when its count is 0.
 */
public interface WaitingWork {

    List<WaitingStep> waitingFor(Actor actor);

    /**
     * The first few records waiting in one of this contribution's kinds, each linking to the page where the step is
     * done (one click from the queue to the action); none by default, the list's link then serves.
     */
    default List<WaitingItem> firstWaiting(Actor actor, String kind, int limit) {
        return List.of();
    }
}
