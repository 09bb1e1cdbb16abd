package vn.eoffice.platform;

import java.time.Duration;
import java.util.Optional;

import org.springframework.data.domain.PageRequest;

import vn.eoffice.notifications.NotificationSummary;
import vn.eoffice.notifications.Notifier;

import static org.awaitility.Awaitility.await;

/** Test helpers shared by the queue tests of each module: a kind's count, and the notification of a step. */
public final class QueueAssertions {

    private final WorkQueue queue;
    private final Notifier notifier;

    public QueueAssertions(WorkQueue queue, Notifier notifier) {
        this.queue = queue;
        this.notifier = notifier;
    }

    /** The count of {@code kind} in the person's queue, or -1 when the kind does not concern them. */
    public long count(Actor actor, String kind) {
        return queue.of(actor).stream().filter(step -> step.kind().equals(kind)).mapToLong(WaitingStep::count)
                .findFirst().orElse(-1);
    }

    /**
     * Whether the records of {@code kind} waiting for the person include one linking to {@code link}. All of them, not
     * only the five the page names first: the other tests of this context leave waiting records of their own.
     */
    public boolean lists(Actor actor, String kind, String link) {
        return queue.waiting(actor, kind, WaitingStep.COUNT_LIMIT).stream().anyMatch(item -> item.link().equals(link));
    }

    /** Waits (the listener runs after commit) for the person's notification whose title contains {@code text}. */
    public NotificationSummary notified(Long userId, String text) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> find(userId, text), Optional::isPresent).get();
    }

    /** Waits until that notification has been marked read (its step is done). */
    public void cleared(Long userId, String text) {
        await().atMost(Duration.ofSeconds(20)).until(() -> find(userId, text).map(n -> !n.unread()).orElse(false));
    }

    public Optional<NotificationSummary> find(Long userId, String text) {
        return notifier.list(userId, PageRequest.of(0, 200)).getContent().stream()
                .filter(n -> n.title().contains(text)).findFirst();
    }
}
