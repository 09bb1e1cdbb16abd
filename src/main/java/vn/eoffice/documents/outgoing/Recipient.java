package vn.eoffice.documents.outgoing;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A recipient of an outgoing document (nơi nhận): an internal unit or person, an agency of the address book, or an
 * e-mail address (one of them), and how far its delivery got.
 */
@Entity
@Table(name = "document_recipient")
public class Recipient {

    public enum Delivery {
        /** Listed on the draft, nothing sent yet. */
        PENDING,
        /** Internal: delivered at release. */
        DELIVERED,
        /** External: to be sent by hand or by e-mail until the exchange sends it. */
        TO_SEND_MANUALLY,
        SENT_BY_EMAIL,
        WITHDRAWN;

        public String messageKey() {
            return "outgoing.delivery." + name();
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long documentId;
    private Long unitId;
    private Long userId;
    private Long agencyId;
    private String email;
    private String name;
    @Enumerated(EnumType.STRING)
    private Delivery delivery;
    private Instant updatedAt;

    protected Recipient() {
    }

    private Recipient(Long documentId, Long unitId, Long userId, Long agencyId, String email, String name) {
        this.documentId = documentId;
        this.unitId = unitId;
        this.userId = userId;
        this.agencyId = agencyId;
        this.email = email;
        this.name = name;
        this.delivery = Delivery.PENDING;
    }

    static Recipient unit(Long documentId, Long unitId, String name) {
        return new Recipient(documentId, unitId, null, null, null, name);
    }

    static Recipient person(Long documentId, Long userId, String name) {
        return new Recipient(documentId, null, userId, null, null, name);
    }

    static Recipient agency(Long documentId, Long agencyId, String name) {
        return new Recipient(documentId, null, null, agencyId, null, name);
    }

    static Recipient email(Long documentId, String email) {
        return new Recipient(documentId, null, null, null, email, email);
    }

    public boolean isInternal() {
        return unitId != null || userId != null;
    }

    void deliver(Delivery delivery, Instant at) {
        this.delivery = delivery;
        this.updatedAt = at;
    }

    public Long getId() { return id; }
    public Long getDocumentId() { return documentId; }
    public Long getUnitId() { return unitId; }
    public Long getUserId() { return userId; }
    public Long getAgencyId() { return agencyId; }
    public String getEmail() { return email; }
    public String getName() { return name; }
    public Delivery getDelivery() { return delivery; }
    /** External and not yet sent: the clerk sends it by hand or e-mail and records it. */
    public boolean isToSendManually() { return delivery == Delivery.TO_SEND_MANUALLY; }
    public Instant getUpdatedAt() { return updatedAt; }
}
