package vn.eoffice.exchange;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A status the receiver reported for one delivery of a document (the sender's timeline per recipient).
 */
@Entity
@Table(name = "exchange_status")
class DeliveryStatus {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long outboxId;
    private String code;
    private String description;
    private String staff;
    private Instant occurredAt;
    private Instant receivedAt;

    /**
     * Timeline order: by time (to the second, as status packages carry it), then by the order statuses follow each
     * other, so an acknowledgement and an acceptance within the same second still read 01 then 03.
     */
    public static final java.util.Comparator<DeliveryStatus> TIMELINE = java.util.Comparator
            .comparing((DeliveryStatus s) -> s.getOccurredAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS))
            .thenComparing(s -> StatusCode.rank(s.getCode()));

    protected DeliveryStatus() {
    }

    DeliveryStatus(Long outboxId, String code, String description, String staff, Instant occurredAt,
            Instant receivedAt) {
        this.outboxId = outboxId;
        this.code = code;
        this.description = description == null || description.length() <= 1000 ? description
                : description.substring(0, 1000);
        this.staff = staff == null || staff.length() <= 300 ? staff : staff.substring(0, 300);
        this.occurredAt = occurredAt;
        this.receivedAt = receivedAt;
    }

    public Long getId() { return id; }
    public Long getOutboxId() { return outboxId; }
    public String getCode() { return code; }
    public String getDescription() { return description; }
    public String getStaff() { return staff; }
    public Instant getOccurredAt() { return occurredAt; }
    public Instant getReceivedAt() { return receivedAt; }
}
