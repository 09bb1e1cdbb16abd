package vn.eoffice.exchange;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

import vn.eoffice.IntegrationTest;
import vn.eoffice.OfficeDate;
import vn.eoffice.documents.DirectiveForm;
import vn.eoffice.documents.Directives;
import vn.eoffice.documents.DocumentManagement;
import vn.eoffice.documents.DocumentStatus;
import vn.eoffice.exchange.edxml.EdxmlDocument;
import vn.eoffice.exchange.edxml.PackageCodec;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.organization.OrganizationDirectory;
import vn.eoffice.platform.DomainException;
import vn.eoffice.tasks.TaskManagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.eoffice.exchange.ExchangeFixtures.await;
import static vn.eoffice.exchange.ExchangeFixtures.document;

/**
 * One installation hosting two agencies, which exchange directly (no HTTP): a document goes out, waits in the
 * receiving clerk's queue, is accepted and handled, and every status comes back to the sender's delivery.
 */
@IntegrationTest
class ExchangeIntegrationTests {

    static final Duration WAIT = Duration.ofSeconds(20);

    @Autowired ExchangeGateway gateway;
    @Autowired ExchangeInbox inbox;
    @Autowired Receiver receiver;
    @Autowired InboxEntries inboxEntries;
    @Autowired OutboxEntries outboxEntries;
    @Autowired DeliveryStatuses statuses;
    @Autowired AgencyKeys keys;
    @Autowired DocumentManagement documents;
    @Autowired Directives directives;
    @Autowired TaskManagement tasks;
    @Autowired OrganizationDirectory organization;
    @Autowired UserDetailsService accounts;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcTemplate jdbc;

    @Test
    void anAcceptedDocumentIsRegisteredAndEveryStatusComesBack() throws Exception {
        var sent = send("Về việc tuyên truyền kỷ niệm ngày thành lập Đảng bộ tỉnh");
        var entry = arrived(sent);
        var clerk = as("vanthu");
        assertThat(entry.getFiles()).hasSize(1);
        assertThat(inbox.waiting(clerk, org.springframework.data.domain.PageRequest.of(0, 500)).getContent())
                .extracting(ReceivedPackage::getId).contains(entry.getId());

        var details = inbox.prefill(clerk, entry.getId());
        assertThat(details.summary()).isEqualTo(sent.subject());
        assertThat(details.notation()).isEqualTo(sent.codeNumber() + "-" + sent.codeNotation());
        Long documentId = inbox.accept(clerk, entry.getId(), details);
        assertThat(tx(() -> documents.visible(clerk, documentId).getFiles())).hasSize(1);
        awaitStatus(sent, StatusCode.ACCEPTED);
        assertThatThrownBy(() -> inbox.accept(clerk, entry.getId(), details)).isInstanceOf(DomainException.class);
        assertThat(progressPublications(documentId)).as("the registration is not tracked for progress").isZero();

        var leader = as("lanhdao");
        var officer = as("chuyenvien");
        var task = tx(() -> directives.direct(leader, documentId, new DirectiveForm(null, officer.id(), null, null,
                null, OfficeDate.today().plusDays(5), "Giao đồng chí Hùng tham mưu")));
        awaitStatus(sent, StatusCode.ASSIGNED);
        assertThat(progressPublications(documentId)).isPositive();
        tx(() -> { tasks.reportProgress(task.id(), officer, 50, "Đang soạn"); return null; });
        awaitStatus(sent, StatusCode.IN_PROGRESS);
        tx(() -> { tasks.complete(task.id(), officer, "Đã xong"); return null; });
        tx(() -> { tasks.accept(task.id(), leader, true, "Tốt"); return null; });
        awaitStatus(sent, StatusCode.DONE);

        var delivery = delivery(sent);
        assertThat(statuses.findByOutboxIdInOrderByOccurredAtAscIdAsc(List.of(delivery.getId())).stream()
                .sorted(DeliveryStatus.TIMELINE).toList())
                .extracting(DeliveryStatus::getCode).containsExactly("01", "03", "04", "05", "06");
        assertThat(delivery.getState()).isEqualTo(DeliveryState.DELIVERED);
    }

    @Test
    void aRefusedDocumentTellsTheSenderWhyAndIsNotRegistered() {
        var sent = send("Văn bản gửi nhầm nơi nhận");
        var entry = arrived(sent);
        var clerk = as("vanthu");

        assertThatThrownBy(() -> inbox.refuse(clerk, entry.getId(), "  ")).isInstanceOf(DomainException.class);
        inbox.refuse(clerk, entry.getId(), "Gửi nhầm cơ quan");

        awaitStatus(sent, StatusCode.REFUSED);
        var refusal = statuses.findByOutboxIdInOrderByOccurredAtAscIdAsc(List.of(delivery(sent).getId())).stream()
                .filter(s -> s.getCode().equals("02")).findFirst().orElseThrow();
        assertThat(refusal.getDescription()).isEqualTo("Gửi nhầm cơ quan");
        assertThat(inboxEntries.findById(entry.getId()).orElseThrow().getDocumentId()).isNull();
    }

    @Test
    void anAgreedRecallWithdrawsTheRegisteredDocumentAndARefusedOneKeepsIt() {
        var clerk = as("vanthu");
        var agreed = send("Văn bản sẽ được thu hồi");
        var agreedEntry = arrived(agreed);
        Long documentId = inbox.accept(clerk, agreedEntry.getId(), inbox.prefill(clerk, agreedEntry.getId()));
        assertThat(receiver.receive(signed(agreed.asRecall("Ban hành nhầm", java.time.Instant.now()))).isArrived())
                .isTrue();
        assertThat(inboxEntries.findById(agreedEntry.getId()).orElseThrow().getRecallState())
                .isEqualTo(RecallState.REQUESTED);
        inbox.agreeRecall(clerk, agreedEntry.getId());
        assertThat(documents.visible(clerk, documentId).getStatus()).isEqualTo(DocumentStatus.RECALLED);
        awaitStatus(agreed, StatusCode.RECALL_AGREED);

        var kept = send("Văn bản đã xử lý, không thu hồi");
        var keptEntry = arrived(kept);
        Long keptId = inbox.accept(clerk, keptEntry.getId(), inbox.prefill(clerk, keptEntry.getId()));
        receiver.receive(signed(kept.asRecall("Ban hành nhầm", java.time.Instant.now())));
        inbox.refuseRecall(clerk, keptEntry.getId(), "Văn bản đã được triển khai");
        awaitStatus(kept, StatusCode.RECALL_REFUSED);
        assertThat(documents.visible(clerk, keptId).getStatus()).isEqualTo(DocumentStatus.REGISTERED);
    }

    @Test
    void aDuplicateDeliveryIsStoredOnce() {
        var doc = document(DemoExchange.SISTER, DemoExchange.COMMISSION, "Gửi hai lần", null);
        byte[] bytes = signed(doc);

        assertThat(receiver.receive(bytes).isArrived()).isTrue();
        assertThat(receiver.receive(bytes).isArrived()).isTrue();

        assertThat(inboxEntries.findBySenderOrganIdAndDocumentKey(DemoExchange.SISTER, doc.documentId())).hasSize(1);
    }

    @Test
    void aPackageForAnAgencyNotHostedHereIsRefused() {
        var doc = document(DemoExchange.SISTER, "999.99.99.Z99", "Không có nơi nhận", null);

        var answer = receiver.receive(signed(doc));

        assertThat(answer.code()).isEqualTo(StatusCode.REFUSED);
        assertThat(answer.description()).contains("Không có cơ quan nhận");
        assertThat(inboxEntries.findBySenderOrganIdAndDocumentKey(DemoExchange.SISTER, doc.documentId())).isEmpty();
    }

    @Test
    void aPackageWithAChangedAttachmentByteIsRefusedAndNothingIsStored() {
        var doc = document(DemoExchange.SISTER, DemoExchange.COMMISSION, "Tệp bị sửa", pdf());
        String xml = new String(signed(doc), java.nio.charset.StandardCharsets.UTF_8);
        int at = xml.indexOf("<edXML:ContentTransferEncoded>") + "<edXML:ContentTransferEncoded>".length();
        char flipped = xml.charAt(at) == 'A' ? 'B' : 'A';
        byte[] tampered = (xml.substring(0, at) + flipped + xml.substring(at + 1))
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);

        var answer = receiver.receive(tampered);

        assertThat(answer.code()).isEqualTo(StatusCode.REFUSED);
        assertThat(answer.description()).contains("Chữ ký số không hợp lệ");
        assertThat(inboxEntries.findBySenderOrganIdAndDocumentKey(DemoExchange.SISTER, doc.documentId())).isEmpty();
    }

    @Test
    void theBackOffGrowsExponentiallyUpToItsCeiling() {
        var properties = new ExchangeProperties(null, "", "a", false, "http://x", org.springframework.util.unit.DataSize.ofMegabytes(1), Duration.ofMinutes(1),
                Duration.ofHours(1), Duration.ofHours(72), null, null, 1, null, null, false);
        var outbox = new Outbox(null, null, null, null, properties, null, null, null, null, null, null);
        assertThat(outbox.backoff(0)).isBetween(Duration.ofSeconds(54), Duration.ofSeconds(66));
        assertThat(outbox.backoff(3)).isBetween(Duration.ofSeconds(432), Duration.ofSeconds(528));
        assertThat(outbox.backoff(20)).isBetween(Duration.ofMinutes(54), Duration.ofMinutes(66));
    }

    private EdxmlDocument send(String summary) {
        var doc = document(DemoExchange.SISTER, DemoExchange.COMMISSION, summary, pdf());
        Long sister = organization.agencyByIdentifierCode(DemoExchange.SISTER).orElseThrow().id();
        assertThat(gateway.send(sister, doc)).isEqualTo(1);
        return doc;
    }

    private InboxEntry arrived(EdxmlDocument doc) {
        await("arrival of " + doc.documentId(), WAIT, () -> !inboxEntries
                .findBySenderOrganIdAndDocumentKey(doc.from().organId(), doc.documentId()).isEmpty());
        await("01 for " + doc.documentId(), WAIT, () -> "01".equals(delivery(doc).getLastStatus())
                || delivery(doc).getLastStatus() != null);
        return tx(() -> {
            var entry = inboxEntries.findBySenderOrganIdAndDocumentKey(doc.from().organId(), doc.documentId()).get(0);
            entry.getFiles();
            return entry;
        });
    }

    /** Spring Modulith's records of the document's changes for the listener that reports progress to the sender. */
    private long progressPublications(Long documentId) {
        return jdbc.queryForObject("select count(*) from event_publication where listener_id like ?"
                + " and serialized_event like ?", Long.class, ProgressListener.class.getName() + "%",
                "%\"documentId\":" + documentId + ",%");
    }

    private void awaitStatus(EdxmlDocument doc, String code) {
        await("status " + code + " for " + doc.documentId(), WAIT,
                () -> statuses.existsByOutboxIdAndCode(delivery(doc).getId(), code));
    }

    private OutboxEntry delivery(EdxmlDocument doc) {
        var ids = outboxEntries.deliveryIds(doc.documentId(), doc.to().get(0).organId());
        return outboxEntries.findById(ids.get(0)).orElseThrow();
    }

    private byte[] signed(EdxmlDocument doc) {
        return new PackageCodec(10_000_000).write(doc, keys.signingKey());
    }

    private static byte[] pdf() {
        try {
            return DemoExchange.pdf("test");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private <T> T tx(Supplier<T> work) {
        return transactions.execute(status -> work.get());
    }

    private CurrentUser as(String username) {
        return (CurrentUser) accounts.loadUserByUsername(username);
    }
}
