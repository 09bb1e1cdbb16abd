package vn.eoffice.exchange;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.eoffice.exchange.edxml.EdxmlDocument;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.eoffice.exchange.ExchangeFixtures.await;

/**
 * Two installations (separate Spring contexts, ports and databases) exchange 1,000 documents over HTTP while the
 * receiver is stopped for part of the run and the sender is restarted once: every document arrives exactly once,
 * every acknowledgement and acceptance status comes back, nothing is left pending.
 */
class ExchangeTwoNodesTests {

    static final String SENDER = "000.98.17.H17";
    static final String RECEIVER = DemoExchange.COMMISSION;
    static final int DOCUMENTS = 1000;
    static final Map<String, Object> FAST_RETRIES = Map.of(
            "eoffice.exchange.retry-base", "200ms", "eoffice.exchange.retry-max", "2s",
            "eoffice.exchange.poll-interval", "300ms", "eoffice.exchange.claim-for", "5s",
            "eoffice.exchange.connect-timeout", "2s", "eoffice.exchange.request-timeout", "20s");

    static Path root;
    static ExchangeNode sender;
    static ExchangeNode receiver;

    @BeforeAll
    static void start() throws Exception {
        root = Files.createTempDirectory("exchange-two-nodes");
        sender = new ExchangeNode("a", root, FAST_RETRIES).start();
        receiver = new ExchangeNode("b", root, FAST_RETRIES).start();
        sender.addPeer(RECEIVER, receiver);
        receiver.addPeer(SENDER, sender);
    }

    @AfterAll
    static void stop() {
        if (sender != null) {
            sender.close();
        }
        if (receiver != null) {
            receiver.close();
        }
    }

    @Test
    void everyDocumentArrivesExactlyOnceAndEveryStatusComesBack() throws Exception {
        byte[] image = png();
        var accepting = Executors.newFixedThreadPool(3);
        List<String> keys = new java.util.ArrayList<>();

        send(0, 400, image, keys);
        await("the first batch to arrive", Duration.ofSeconds(90), () -> receiver.receivedCount(SENDER) >= 100);
        receiver.stop();
        send(400, 800, image, keys);
        sender.restart();
        send(800, DOCUMENTS, image, keys);
        receiver.start();

        await("all documents to arrive", Duration.ofSeconds(150),
                () -> receiver.receivedCount(SENDER) >= DOCUMENTS && sender.pending() == 0);
        for (Long id : receiver.received(SENDER).stream().map(InboxEntry::getId).toList()) {
            accepting.execute(() -> receiver.accept(id));
        }
        accepting.shutdown();
        assertThat(accepting.awaitTermination(5, TimeUnit.MINUTES)).isTrue();
        await("every acceptance to come back", Duration.ofSeconds(120), () -> sender.statuses().stream()
                .filter(s -> s.getCode().equals(StatusCode.ACCEPTED)).count() >= DOCUMENTS
                && receiver.pending() == 0);

        var received = receiver.received(SENDER);
        assertThat(received).hasSize(DOCUMENTS);
        assertThat(received.stream().map(InboxEntry::getDocumentKey).collect(Collectors.toSet()))
                .isEqualTo(new HashSet<>(keys));
        assertThat(received).allMatch(e -> e.getState() == InboxState.ACCEPTED && e.getDocumentId() != null);
        var deliveries = sender.deliveries().stream().filter(d -> d.getSenderOrganId().equals(SENDER)).toList();
        assertThat(deliveries).hasSize(DOCUMENTS)
                .allMatch(d -> d.getState() == DeliveryState.DELIVERED)
                .allMatch(d -> StatusCode.ACCEPTED.equals(d.getLastStatus()));
        var codes = sender.statuses().stream().collect(Collectors.groupingBy(DeliveryStatus::getCode,
                Collectors.counting()));
        assertThat(codes).containsEntry(StatusCode.ARRIVED, (long) DOCUMENTS)
                .containsEntry(StatusCode.ACCEPTED, (long) DOCUMENTS);
        assertThat(sender.pending()).isZero();
        assertThat(receiver.pending()).isZero();
    }

    private static void send(int from, int to, byte[] image, List<String> keys) {
        var gateway = sender.bean(ExchangeGateway.class);
        Long agency = sender.agencyId(RECEIVER);
        for (int i = from; i < to; i++) {
            var doc = ExchangeFixtures.document(SENDER, RECEIVER, "Văn bản liên thông số " + i, null);
            doc = new EdxmlDocument(doc.from(), doc.to(), SENDER + ",2026/11/26," + (i + 1) + "/CV-THU",
                    Integer.toString(i + 1), "CV-THU", doc.place(), doc.promulgationDate(), doc.type(),
                    doc.typeDetail(), doc.typeName(), doc.subject(), null, doc.signer(), doc.dueDate(),
                    doc.toPlaces(), doc.otherInfo(), List.of(), null, doc.traces(), doc.business(),
                    List.of(new EdxmlDocument.Attachment("file0", "anh-" + i + ".png", "image/png", null, image)));
            assertThat(gateway.send(agency, doc)).isEqualTo(1);
            keys.add(doc.documentId());
        }
    }

    static byte[] png() throws java.io.IOException {
        var image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
