package vn.eoffice.exchange;

import java.time.Instant;

/**
 * One package sent to one agency as the sender's pages and the API read it (read-only; ADR 0029).
 */
public interface Delivery {

    Long getId();
    DeliveryKind getKind();
    Long getAgencyId();
    Long getDocumentId();
    Long getInboxId();
    String getSenderOrganId();
    String getRecipientOrganId();
    String getRecipientName();
    String getDocumentKey();
    String getStatusCode();
    String getReplacedKey();
    String getNote();
    DeliveryState getState();
    boolean isResendable();
    boolean isRetrying();
    boolean isCorrection();
    int getAttempts();
    Instant getNextAttemptAt();
    String getLastError();
    String getLastStatus();
    Instant getCreatedAt();
    Instant getDeliveredAt();
}
