package vn.eoffice.platform;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Gathers every module's {@link WaitingWork} for a person: the navigation's counts and the queue page read it.
 * New modules plug in by declaring a {@code WaitingWork} bean; the order is the beans' order.
 */
@Service
public class WorkQueue {

    /** How many records the queue page names under each kind. */
    public static final int ITEMS_PER_KIND = 5;

    private final ObjectProvider<WaitingWork> contributions;

    WorkQueue(ObjectProvider<WaitingWork> contributions) {
        this.contributions = contributions;
    }

    public List<WaitingStep> of(Actor actor) {
        var steps = new ArrayList<WaitingStep>();
        contributions.orderedStream().forEach(work -> steps.addAll(work.waitingFor(actor)));
        return steps;
    }

    /** Every kind with its count and, where something waits, the first records with their action's link. */
    public List<Entry> page(Actor actor) {
        var entries = new ArrayList<Entry>();
        contributions.orderedStream().forEach(work -> work.waitingFor(actor).forEach(step -> entries.add(
                new Entry(step, step.waiting() ? work.firstWaiting(actor, step.kind(), ITEMS_PER_KIND) : List.of()))));
        return entries;
    }

    /** The first {@code limit} records of one kind, in the queue's order (the list behind "xem tất cả"). */
    public List<WaitingItem> waiting(Actor actor, String kind, int limit) {
        var items = new ArrayList<WaitingItem>();
        contributions.orderedStream().forEach(work -> items.addAll(work.firstWaiting(actor, kind, limit)));
        return items;
    }

    /** How many steps wait in all, bounded like each count. */
    public static long total(List<WaitingStep> steps) {
        return Math.min(steps.stream().mapToLong(WaitingStep::count).sum(), WaitingStep.COUNT_LIMIT + 1);
    }

    /** A kind on the queue page. */
    public record Entry(WaitingStep step, List<WaitingItem> items) {
    }
}
