package vn.eoffice.notifications;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The open server-sent-event streams of this node, by person (one per browser tab, at most {@link #maxPerUser}; a
 * new tab beyond that closes the oldest). Each stream receives the event {@value #EVENT} with the unread count.
 * Streams live on one node only: in a cluster the heartbeat re-reads the count from the database, so a notification
 * created on another node reaches the badge within one heartbeat.
 */
@Component
public class UnreadStreams implements SmartLifecycle {

    static final String EVENT = "unread";
    static final Duration TIMEOUT = Duration.ofMinutes(30);
    private static final Logger log = LoggerFactory.getLogger(UnreadStreams.class);

    private final int maxPerUser;
    private final Map<Long, List<SseEmitter>> streams = new ConcurrentHashMap<>();
    private volatile boolean running;

    public UnreadStreams() {
        this(5);
    }

    UnreadStreams(int maxPerUser) {
        this.maxPerUser = maxPerUser;
    }

    /** Opens a stream for a tab of {@code userId} that starts with the current count. */
    public SseEmitter open(Long userId, long unread) {
        var emitter = new SseEmitter(TIMEOUT.toMillis());
        emitter.onCompletion(() -> remove(userId, emitter));
        emitter.onTimeout(() -> remove(userId, emitter));
        emitter.onError(e -> remove(userId, emitter));
        add(userId, emitter);
        send(userId, emitter, unread, false);
        return emitter;
    }

    void add(Long userId, SseEmitter emitter) {
        streams.compute(userId, (id, list) -> {
            var tabs = list == null ? new CopyOnWriteArrayList<SseEmitter>() : list;
            tabs.add(emitter);
            while (tabs.size() > maxPerUser) {
                tabs.remove(0).complete();
            }
            return tabs;
        });
    }

    void remove(Long userId, SseEmitter emitter) {
        streams.computeIfPresent(userId, (id, tabs) -> {
            tabs.remove(emitter);
            return tabs.isEmpty() ? null : tabs;
        });
    }

    /** Sends the count to every tab of the person; a tab whose connection is gone is dropped. */
    void send(Long userId, long unread, boolean heartbeat) {
        for (SseEmitter emitter : streams.getOrDefault(userId, List.of())) {
            send(userId, emitter, unread, heartbeat);
        }
    }

    Set<Long> connectedUsers() {
        return Set.copyOf(streams.keySet());
    }

    @Override
    public void start() {
        running = true;
    }

    /**
     * Closes every stream when the node stops, before the web server's graceful shutdown (a lower phase) waits for
     * open requests: an open stream would hold it for its whole timeout. The browsers' EventSource reconnects by
     * itself, to another node or to this one once it is back.
     */
    @Override
    public void stop() {
        running = false;
        var open = List.copyOf(streams.values());
        streams.clear();
        open.forEach(tabs -> tabs.forEach(SseEmitter::complete));
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    int tabs(Long userId) {
        return streams.getOrDefault(userId, List.of()).size();
    }

    private void send(Long userId, SseEmitter emitter, long unread, boolean heartbeat) {
        var event = SseEmitter.event().name(EVENT).data(unread);
        if (heartbeat) {
            event.comment("heartbeat");
        }
        try {
            emitter.send(event);
        } catch (IOException | IllegalStateException e) {
            log.debug("Dropping a closed notification stream of user {}: {}", userId, e.toString());
            remove(userId, emitter);
            emitter.completeWithError(e);
        }
    }
}
