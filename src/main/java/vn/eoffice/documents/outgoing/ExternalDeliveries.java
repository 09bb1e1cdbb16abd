package vn.eoffice.documents.outgoing;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lets the exchange between agencies mark an external recipient as delivered once the receiving agency has
 * acknowledged the document (status 01), so the document's list of recipients no longer says "to send by hand", and
 * tell which incoming document an outgoing one answers (its package then names the original: ResponseFor).
 */
@Service
@Transactional
public class ExternalDeliveries {

    private final DocumentRecipients recipients;
    private final OutgoingRecords records;
    private final Clock clock;

    ExternalDeliveries(DocumentRecipients recipients, OutgoingRecords records, Clock clock) {
        this.recipients = recipients;
        this.records = records;
        this.clock = clock;
    }

    /** The incoming document that outgoing document {@code documentId} answers, if any (a system read). */
    @Transactional(readOnly = true)
    public Optional<Long> answeredIncoming(Long documentId) {
        return records.findById(documentId).map(OutgoingRecord::getReplyToId);
    }

    /** The agency {@code agencyId} (address book) acknowledged document {@code documentId}. */
    public void delivered(Long documentId, Long agencyId) {
        var now = Instant.now(clock);
        recipients.findByDocumentIdOrderByIdAsc(documentId).stream()
                .filter(r -> agencyId.equals(r.getAgencyId()) && r.getDelivery() == Recipient.Delivery.TO_SEND_MANUALLY)
                .forEach(r -> r.deliver(Recipient.Delivery.DELIVERED, now));
    }
}
