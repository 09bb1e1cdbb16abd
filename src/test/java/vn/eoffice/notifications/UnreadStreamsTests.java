package vn.eoffice.notifications;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import static org.assertj.core.api.Assertions.assertThat;

class UnreadStreamsTests {

    private final UnreadStreams streams = new UnreadStreams(3);

    @Test
    void sendsTheCountToEveryTabOfThePersonOnly() {
        var first = new RecordingEmitter();
        var second = new RecordingEmitter();
        var someoneElse = new RecordingEmitter();
        streams.add(1L, first);
        streams.add(1L, second);
        streams.add(2L, someoneElse);

        streams.send(1L, 7, false);

        assertThat(first.sent).hasSize(1);
        assertThat(second.sent).hasSize(1);
        assertThat(first.sent.get(0)).contains("event:unread").contains("data:7");
        assertThat(someoneElse.sent).isEmpty();
    }

    @Test
    void heartbeatCarriesACommentAndTheCount() {
        var tab = new RecordingEmitter();
        streams.add(1L, tab);

        streams.send(1L, 2, true);

        assertThat(tab.sent.get(0)).contains(":heartbeat").contains("event:unread").contains("data:2");
    }

    @Test
    void closesTheOldestTabBeyondTheLimitPerPerson() {
        var tabs = List.of(new RecordingEmitter(), new RecordingEmitter(), new RecordingEmitter(),
                new RecordingEmitter());
        tabs.forEach(tab -> streams.add(5L, tab));

        assertThat(streams.tabs(5L)).isEqualTo(3);
        streams.send(5L, 1, false);
        assertThat(tabs.get(0).sent).isEmpty();
        assertThat(tabs.subList(1, 4)).allSatisfy(tab -> assertThat(tab.sent).hasSize(1));
    }

    @Test
    void removedTabsAreForgottenAndThePersonDisappearsWithTheLast() {
        var first = new RecordingEmitter();
        var second = new RecordingEmitter();
        streams.add(9L, first);
        streams.add(9L, second);

        streams.remove(9L, first);
        assertThat(streams.tabs(9L)).isEqualTo(1);
        streams.remove(9L, second);

        assertThat(streams.tabs(9L)).isZero();
        assertThat(streams.connectedUsers()).doesNotContain(9L);
    }

    @Test
    void dropsATabWhoseConnectionIsGone() {
        var alive = new RecordingEmitter();
        var dead = new RecordingEmitter();
        dead.broken = true;
        streams.add(3L, alive);
        streams.add(3L, dead);

        streams.send(3L, 4, false);

        assertThat(streams.tabs(3L)).isEqualTo(1);
        assertThat(alive.sent).hasSize(1);
        streams.send(3L, 5, false);
        assertThat(alive.sent).hasSize(2);
    }

    @Test
    void sendingToSomeoneWithoutTabsDoesNothing() {
        streams.send(42L, 1, false);
        assertThat(streams.connectedUsers()).doesNotContain(42L);
    }

    /** Records what would go over the wire instead of writing to a response. */
    @Test
    void stoppingTheNodeClosesEveryStream() {
        var tabs = List.of(new RecordingEmitter(), new RecordingEmitter(), new RecordingEmitter());
        streams.start();
        streams.add(1L, tabs.get(0));
        streams.add(1L, tabs.get(1));
        streams.add(2L, tabs.get(2));

        streams.stop();

        assertThat(streams.isRunning()).isFalse();
        assertThat(tabs).allSatisfy(tab -> assertThat(tab.completed).isTrue());
        assertThat(streams.connectedUsers()).isEmpty();
    }

    private static final class RecordingEmitter extends SseEmitter {

        final List<String> sent = new ArrayList<>();
        boolean broken;
        boolean completed;

        @Override
        public void complete() {
            completed = true;
            super.complete();
        }

        @Override
        public void send(SseEventBuilder builder) throws IOException {
            if (broken) {
                throw new IOException("Broken pipe");
            }
            var text = new StringBuilder();
            builder.build().forEach(part -> text.append(part.getData()));
            sent.add(text.toString());
        }
    }
}
