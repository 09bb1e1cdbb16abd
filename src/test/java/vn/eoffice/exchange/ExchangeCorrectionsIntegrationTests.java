package vn.eoffice.exchange;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.eoffice.IntegrationTest;
import vn.eoffice.documents.Document;
import vn.eoffice.documents.TimelineEntry;
import vn.eoffice.documents.DocumentManagement;
import vn.eoffice.documents.DocumentStatus;
import vn.eoffice.exchange.edxml.EdxmlDocument;
import vn.eoffice.exchange.edxml.PackageCodec;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.platform.DomainException;
import vn.eoffice.platform.NotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A released document corrected after delivery, in one installation hosting both agencies: the commission sends an
 * update or a replacement, the sister agency's queue shows it linked to what it received before, and accepting it
 * applies the update to the registered document or marks that document replaced; both sides hear and record it.
 */
@IntegrationTest
class ExchangeCorrectionsIntegrationTests {

    static final Duration WAIT = Duration.ofSeconds(20);

    @Autowired ApplicationContext context;
    @Autowired Corrections corrections;
    @Autowired ExchangeInbox inbox;
    @Autowired InboxEntries inboxEntries;
    @Autowired ExchangeGateway gateway;
    @Autowired LinkedDocuments linked;
    @Autowired DocumentManagement documents;
    @Autowired UserDetailsService accounts;
    @Autowired JdbcTemplate jdbc;
    @Autowired Receiver receiver;
    @Autowired AgencyKeys keys;

    @Test
    void anUpdateIsAppliedToTheRegisteredDocumentAndTheSenderHearsItAgreed() {
        var sisterClerk = SisterClerk.of(context);
        var sent = releaseToSister("Kế hoạch tuyên truyền");
        var first = arrived(sent, "");
        Long registered = inbox.accept(sisterClerk, first.getId(), inbox.prefill(sisterClerk, first.getId()));

        assertThat(corrections.possible(as("vanthu"), sent.getId())).isTrue();
        assertThat(corrections.send(as("vanthu"), sent.getId(), Corrections.Kind.UPDATE, null, "Bổ sung số liệu"))
                .isEqualTo(1);
        var update = await("the update", () -> entries(sent).stream().filter(InboxEntry::isUpdate).findFirst());
        assertThat(update.getLinks().getEarlierInboxId()).isEqualTo(first.getId());
        assertThat(update.getLinks().getBusinessReason()).isEqualTo("Bổ sung số liệu");
        assertThat(inbox.appliesToRegistered(sisterClerk, update.getId())).isTrue();
        assertThatThrownBy(() -> inbox.accept(sisterClerk, update.getId(), inbox.prefill(sisterClerk, update.getId())))
                .isInstanceOf(DomainException.class).hasMessage("exchange.update.applyInstead");

        assertThat(inbox.applyUpdate(sisterClerk, update.getId())).isEqualTo(registered);
        assertThat(documents.timeline(sisterClerk, registered)).extracting(TimelineEntry::kind).contains("UPDATED");
        assertThat(documents.snapshot(registered).fileIds()).hasSize(2);
        await("15 for the update", () -> gateway.deliveries(as("vanthu"), sent.getId()).stream()
                .filter(d -> d.delivery().getKind() == DeliveryKind.UPDATE)
                .filter(d -> StatusCode.RECALL_AGREED.equals(d.delivery().getLastStatus())).findFirst());
        assertThat(documents.timeline(as("vanthu"), sent.getId())).extracting(TimelineEntry::kind)
                .contains("UPDATE_SENT");
        assertThat(audited("EXCHANGE_UPDATE_SENT", sent.getId())).isOne();
        assertThat(audited("EXCHANGE_UPDATE_APPLIED", update.getId())).isOne();
    }

    @Test
    void aReplacementMarksTheEarlierRegisteredDocumentReplaced() {
        var sisterClerk = SisterClerk.of(context);
        var earlier = releaseToSister("Thông báo lịch sinh hoạt chuyên đề");
        var first = arrived(earlier, "");
        Long registered = inbox.accept(sisterClerk, first.getId(), inbox.prefill(sisterClerk, first.getId()));
        var replacing = Releases.release(context, "chuyenvien", "Thông báo lịch sinh hoạt chuyên đề (thay thế)",
                List.of(), null);

        assertThat(corrections.send(as("vanthu"), earlier.getId(), Corrections.Kind.REPLACE,
                replacing.getNotation(), "Sai ngày sinh hoạt")).isEqualTo(1);
        var replacement = arrived(replacing, "");
        assertThat(replacement.isReplacement()).isTrue();
        assertThat(replacement.getLinks().getEarlierInboxId()).isEqualTo(first.getId());
        assertThat(inbox.earlier(sisterClerk, List.of(replacement))).containsKey(replacement.getId());
        Long registeredReplacement = inbox.accept(sisterClerk, replacement.getId(),
                inbox.prefill(sisterClerk, replacement.getId()));

        assertThat(documents.visible(sisterClerk, registered).getStatus()).isEqualTo(DocumentStatus.REPLACED);
        assertThat(documents.timeline(sisterClerk, registered)).extracting(TimelineEntry::kind).contains("REPLACED");
        assertThat(documents.timeline(sisterClerk, registeredReplacement)).extracting(TimelineEntry::kind)
                .contains("REPLACES");
        assertThat(linked.of(sisterClerk, registered)).extracting(DocumentLink::kind, DocumentLink::href)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(DocumentLink.Kind.REPLACED_BY,
                        "/documents/" + registeredReplacement));
        assertThat(linked.of(sisterClerk, registeredReplacement)).extracting(DocumentLink::kind)
                .containsExactly(DocumentLink.Kind.REPLACES);
        await("03 for the replacement", () -> gateway.deliveries(as("vanthu"), replacing.getId()).stream()
                .filter(d -> d.delivery().getKind() == DeliveryKind.REPLACE)
                .filter(d -> StatusCode.ACCEPTED.equals(d.delivery().getLastStatus())).findFirst());
        assertThatThrownBy(() -> corrections.send(as("vanthu"), earlier.getId(), Corrections.Kind.REPLACE,
                replacing.getNotation(), "Gửi lại")).isInstanceOf(DomainException.class)
                .hasMessage("exchange.correction.alreadySent");
        assertThat(audited("EXCHANGE_REPLACEMENT_SENT", earlier.getId())).isOne();
        assertThat(audited("EXCHANGE_REPLACEMENT_ACCEPTED", replacement.getId())).isOne();
    }

    @Test
    void theSenderIsToldWhatIsWrongWithACorrection() {
        var clerk = as("vanthu");
        var notSent = Releases.release(context, "chuyenvien", "Văn bản không gửi liên thông", List.of(), null);
        assertThat(corrections.possible(clerk, notSent.getId())).isFalse();
        assertRule(() -> corrections.send(clerk, notSent.getId(), Corrections.Kind.UPDATE, null, "Sửa"),
                "exchange.correction.notDelivered");
        var sent = releaseToSister("Văn bản cần đính chính");
        arrived(sent, "");
        await("the acknowledgement", () -> corrections.possible(clerk, sent.getId())
                ? java.util.Optional.of(true) : java.util.Optional.empty());
        Long id = sent.getId();
        assertRule(() -> corrections.send(clerk, id, null, null, "Sửa"), "exchange.correction.kindRequired");
        assertRule(() -> corrections.send(clerk, id, Corrections.Kind.UPDATE, null, "  "), "exchange.reason.required");
        assertRule(() -> corrections.send(clerk, id, Corrections.Kind.REPLACE, " ", "Sửa"),
                "exchange.correction.replacementRequired");
        assertRule(() -> corrections.send(clerk, id, Corrections.Kind.REPLACE, "999-XX/KHONGCO", "Sửa"),
                "exchange.correction.replacementNotFound");
        assertRule(() -> corrections.send(clerk, id, Corrections.Kind.REPLACE, sent.getNotation(), "Sửa"),
                "exchange.correction.replacementSame");
        assertThatThrownBy(() -> corrections.send(as("chuyenvien"), id, Corrections.Kind.UPDATE, null, "Sửa"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> corrections.send(SisterClerk.of(context), id, Corrections.Kind.UPDATE, null, "Sửa"))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void anUpdateOfADocumentNeverReceivedIsQueuedButFlaggedAndAnUpdateOfOneWaitingMustWait() {
        var clerk = as("vanthu");
        var stranger = corrected(ExchangeFixtures.document(DemoExchange.SISTER, DemoExchange.COMMISSION,
                "Bản cập nhật lạc", null), EdxmlDocument.Business.UPDATE, List.of());
        assertThat(receiver.receive(signed(stranger)).isArrived()).isTrue();
        var flagged = inboxEntries.findBySenderOrganIdAndDocumentKey(DemoExchange.SISTER, stranger.documentId()).get(0);
        assertThat(flagged.getLinks().isEarlierMissing()).isTrue();
        assertThat(audited("EXCHANGE_RECEIVED", flagged.getId())).isOne();
        assertThat(inbox.accept(clerk, flagged.getId(), inbox.prefill(clerk, flagged.getId()))).isNotNull();

        var original = ExchangeFixtures.document(DemoExchange.SISTER, DemoExchange.COMMISSION, "Văn bản gốc", null);
        receiver.receive(signed(original));
        receiver.receive(signed(corrected(original, EdxmlDocument.Business.UPDATE, List.of())));
        var update = inboxEntries.findBySenderOrganIdAndDocumentKey(DemoExchange.SISTER, original.documentId())
                .stream().filter(InboxEntry::isUpdate).findFirst().orElseThrow();
        assertThat(update.getLinks().isEarlierMissing()).isFalse();
        assertRule(() -> inbox.accept(clerk, update.getId(), inbox.prefill(clerk, update.getId())),
                "exchange.update.earlierWaiting");
        assertRule(() -> inbox.applyUpdate(clerk, update.getId()), "exchange.update.nothingToApply");
    }

    @Test
    void aReplacementThatDoesNotSayWhatItReplacesIsRefused() {
        var doc = ExchangeFixtures.document(DemoExchange.SISTER, DemoExchange.COMMISSION, "Thay thế thiếu", null);

        var nothing = receiver.receive(signed(corrected(doc, EdxmlDocument.Business.REPLACE, List.of())));
        var itself = receiver.receive(signed(corrected(doc, EdxmlDocument.Business.REPLACE,
                List.of(doc.documentId()))));

        assertThat(nothing.code()).isEqualTo(StatusCode.REFUSED);
        assertThat(nothing.description()).contains("thiếu mã văn bản bị thay thế");
        assertThat(itself.description()).contains("không thể thay thế chính nó");
        assertThat(inboxEntries.findBySenderOrganIdAndDocumentKey(DemoExchange.SISTER, doc.documentId())).isEmpty();
    }

    private static EdxmlDocument corrected(EdxmlDocument d, int type, List<String> replaced) {
        return new EdxmlDocument(d.from(), d.to(), d.documentId(), d.codeNumber(), d.codeNotation(), d.place(),
                d.promulgationDate(), d.type(), d.typeDetail(), d.typeName(), d.subject(), d.content(), d.signer(),
                d.dueDate(), d.toPlaces(), d.otherInfo(), d.responseFor(), d.steeringType(),
                List.of(new EdxmlDocument.TraceHeader(d.from().organId(), Instant.now().plusSeconds(1))),
                new EdxmlDocument.Business(type, "Sửa trích yếu", replaced), d.attachments());
    }

    private byte[] signed(EdxmlDocument doc) {
        return new PackageCodec(10_000_000).write(doc, keys.signingKey());
    }

    private Document releaseToSister(String summary) {
        return Releases.release(context, "chuyenvien", summary + " " + UUID.randomUUID().toString().substring(0, 6),
                List.of(SisterClerk.agencyId(context)), null);
    }

    private List<InboxEntry> entries(Document sent) {
        return inboxEntries.findAll().stream().filter(e -> e.getSenderOrganId().equals(DemoExchange.COMMISSION)
                && e.getRecipientOrganId().equals(DemoExchange.SISTER) && sent.getNotation().equals(e.getNotation()))
                .toList();
    }

    private InboxEntry arrived(Document sent, String revision) {
        return await("arrival of " + sent.getNotation(),
                () -> entries(sent).stream().filter(e -> e.getRevision().equals(revision)).findFirst());
    }

    private <T> T await(String what, java.util.function.Supplier<java.util.Optional<T>> probe) {
        ExchangeFixtures.await(what, WAIT, () -> probe.get().isPresent());
        return probe.get().orElseThrow();
    }

    private long audited(String action, Long objectId) {
        return jdbc.queryForObject("select count(*) from audit_entry where action = ? and object_id = ?", Long.class,
                action, objectId.toString());
    }

    private static void assertRule(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOf(DomainException.class).hasMessage(key);
    }

    private CurrentUser as(String username) {
        return (CurrentUser) accounts.loadUserByUsername(username);
    }
}
