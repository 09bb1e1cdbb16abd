package vn.eoffice.exchange.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

import vn.eoffice.documents.IncomingDetails;
import vn.eoffice.exchange.DeliveryView;
import vn.eoffice.exchange.DocumentLink;
import vn.eoffice.exchange.ExchangeGateway;
import vn.eoffice.exchange.ExchangeInbox;
import vn.eoffice.exchange.InboxFile;
import vn.eoffice.exchange.InboxState;
import vn.eoffice.exchange.LinkedDocuments;
import vn.eoffice.exchange.RecallState;
import vn.eoffice.exchange.ReceivedPackage;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.platform.ApiController;

/**
 * The exchange over the API: the clerk's queue (list, read, accept, refuse, answer recalls) and the delivery
 * statuses of sent documents. Same rules as the pages.
 */
@ApiController("/api/v1/exchange")
@Tag(name = "Exchange (QCVN 102)")
class ExchangeApiController {

    private final ExchangeInbox inbox;
    private final ExchangeGateway gateway;
    private final LinkedDocuments linked;

    ExchangeApiController(ExchangeInbox inbox, ExchangeGateway gateway, LinkedDocuments linked) {
        this.inbox = inbox;
        this.gateway = gateway;
        this.linked = linked;
    }

    /**
     * A received document. {@code business} is NEW, UPDATE or REPLACE (QCVN 102 business type); an update or a
     * replacement names the earlier document ({@code earlier*}) with the sender's reason; a reply names the document of
     * ours it answers ({@code answers*}).
     */
    record Received(Long id, String sender, String senderOrganId, String documentKey, String notation,
            LocalDate documentDate, String typeName, String summary, String signerName, String signerPosition,
            String signerCompetence, int priority, LocalDate dueDate,
            InboxState state, RecallState recallState, String recallReason, Long documentId,
            Instant receivedAt, List<String> files, String business, String earlierKey, Long earlierInboxId,
            String businessReason, String answersCode, Long answersDocumentId) {

        static Received of(ReceivedPackage e) {
            var links = e.getLinks();
            return new Received(e.getId(), e.getSenderName(), e.getSenderOrganId(), e.getDocumentKey(),
                    e.getNotation(), e.getDocumentDate(), e.getTypeName(), e.getSummary(), e.getSignerName(),
                    e.getSignerPosition(), e.getSignerCompetence(), e.getPriority(),
                    e.getDueDate(), e.getState(), e.getRecallState(), e.getRecallReason(), e.getDocumentId(),
                    e.getReceivedAt(), e.getFiles().stream().map(InboxFile::name).toList(),
                    e.isReplacement() ? "REPLACE" : e.isUpdate() ? "UPDATE" : "NEW", links.getEarlierKey(),
                    links.getEarlierInboxId(), links.getBusinessReason(), links.getResponseForCode(),
                    links.getAnswersDocumentId());
        }
    }

    record ReceivedPage(List<Received> content, int page, int size, long totalElements) {
    }

    record Accepted(Long documentId) {
    }

    record Status(String code, String description, String staff, Instant occurredAt) {
    }

    record Delivery(Long id, String recipientOrganId, String recipientName, String state, int attempts,
            String lastError, String lastStatus, List<Status> statuses) {

        static Delivery of(DeliveryView view) {
            var d = view.delivery();
            return new Delivery(d.getId(), d.getRecipientOrganId(), d.getRecipientName(), d.getState().name(),
                    d.getAttempts(), d.getLastError(), d.getLastStatus(), view.statuses().stream()
                            .map(s -> new Status(s.code(), s.description(), s.staff(), s.occurredAt()))
                            .toList());
        }
    }

    @GetMapping("/inbox")
    @Operation(summary = "Documents received by exchange waiting for the clerk (or all with view=all)")
    ReceivedPage list(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "waiting") String view,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        var pageable = PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 100));
        var entries = "all".equals(view) ? inbox.all(user, pageable) : inbox.waiting(user, pageable);
        return new ReceivedPage(entries.map(Received::of).getContent(), entries.getNumber(), entries.getSize(),
                entries.getTotalElements());
    }

    @GetMapping("/inbox/{id}")
    @Operation(summary = "One received document")
    Received get(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
        return Received.of(inbox.get(user, id));
    }

    @PostMapping("/inbox/{id}/accept")
    @Operation(summary = "Accept and register the received document (status 03 goes back to the sender)")
    Accepted accept(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @Valid @RequestBody IncomingDetails details) {
        return new Accepted(inbox.accept(user, id, details));
    }

    @PostMapping("/inbox/{id}/refuse")
    @Operation(summary = "Refuse the received document with a reason (status 02)")
    void refuse(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @Valid @RequestBody ReasonForm body) {
        inbox.refuse(user, id, body.reason());
    }

    @PostMapping("/inbox/{id}/recall/agree")
    @Operation(summary = "Agree to the sender's recall: the document is withdrawn (status 15)")
    void agreeRecall(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
        inbox.agreeRecall(user, id);
    }

    @PostMapping("/inbox/{id}/recall/refuse")
    @Operation(summary = "Refuse the sender's recall with a reason (status 16)")
    void refuseRecall(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @Valid @RequestBody ReasonForm body) {
        inbox.refuseRecall(user, id, body.reason());
    }

    @GetMapping("/documents/{documentId}/deliveries")
    @Operation(summary = "Per recipient of a sent document: delivery state and the statuses it reported")
    List<Delivery> deliveries(@AuthenticationPrincipal CurrentUser user, @PathVariable Long documentId) {
        return gateway.deliveries(user, documentId).stream().map(Delivery::of).toList();
    }

    @GetMapping("/documents/{documentId}/links")
    @Operation(summary = "Documents exchanged with this one: the one it answers or replaces, replies, replacements,"
            + " updates applied (href null when the caller may not open the other document)")
    List<DocumentLink> links(@AuthenticationPrincipal CurrentUser user, @PathVariable Long documentId) {
        return linked.of(user, documentId);
    }

    @GetMapping("/deliveries/unfinished")
    @Operation(summary = "The agency's deliveries not yet received or not finished by their recipients")
    List<Delivery> unfinished(@AuthenticationPrincipal CurrentUser user) {
        return gateway.unfinished(user, 200).stream().map(Delivery::of).toList();
    }
}
