package vn.eoffice.platform.web;

import java.util.List;

import vn.eoffice.platform.Actor;
import vn.eoffice.platform.WaitingStep;
import vn.eoffice.platform.WorkQueue;

/**
 * The navigation's counts for one request, computed only when a page that draws the navigation asks for them (a
 * download or a JSON answer never does), and then once.
 */
public final class QueueNavigation {

    private final WorkQueue queue;
    private final Actor actor;
    private List<WaitingStep> steps;

    QueueNavigation(WorkQueue queue, Actor actor) {
        this.queue = queue;
        this.actor = actor;
    }

    public List<WaitingStep> getSteps() {
        if (steps == null) {
            steps = queue.of(actor);
        }
        return steps;
    }

    /** All waiting steps, as a badge reads: "99+" past the limit. */
    public String getTotal() {
        long total = WorkQueue.total(getSteps());
        return total > WaitingStep.COUNT_LIMIT ? WaitingStep.COUNT_LIMIT + "+" : Long.toString(total);
    }
}
