package vn.eoffice.notifications;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps the open streams' counters true: after a commit that changed a person's notifications, and on a heartbeat
 * for everyone connected to this node (which also keeps proxies from closing idle connections and picks up changes
 * made on other nodes of a cluster).
 */
@Component
class UnreadPush {

    private final Notifications notifications;
    private final UnreadStreams streams;
    private final TaskExecutor executor;

    UnreadPush(Notifications notifications, UnreadStreams streams,
            @Qualifier("applicationTaskExecutor") TaskExecutor executor) {
        this.notifications = notifications;
        this.streams = streams;
        this.executor = executor;
    }

    /** Pushes the new count once the current transaction commits (nothing on rollback). */
    void afterCommit(Long userId) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            executor.execute(() -> push(userId));
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                // off the request thread: a slow client must never hold up the business request
                executor.execute(() -> push(userId));
            }
        });
    }

    void push(Long userId) {
        if (streams.tabs(userId) > 0) {
            streams.send(userId, notifications.countByRecipientIdAndReadAtIsNull(userId), false);
        }
    }

    @Scheduled(fixedDelay = 25, initialDelay = 25, timeUnit = TimeUnit.SECONDS)
    void heartbeat() {
        Set<Long> users = streams.connectedUsers();
        if (users.isEmpty()) {
            return;
        }
        Map<Long, Long> counts = notifications.countUnreadByRecipients(users).stream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> ((Number) row[1]).longValue()));
        for (Long user : users) {
            streams.send(user, counts.getOrDefault(user, 0L), true);
        }
    }
}
