package vn.eoffice.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.eoffice.platform.Secrecy;

/**
 * One line of the audit log. It is written unsealed, with the change it records; {@link AuditSealing} then gives it
 * its place in the chain ({@link #seq}) and its hash, which covers its own fields and the previous line's hash, so
 * that editing, deleting or reordering any sealed line breaks the chain from that point on.
 */
@Entity
@Table(name = "audit_entry")
class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long seq;
    private Instant occurredAt;
    private Long actorId;
    private String actorUsername;
    private String actingFor;
    private String action;
    private String objectType;
    private String objectId;
    @Column(length = 2000)
    private String details;
    private String remoteAddress;
    @Enumerated(EnumType.STRING)
    private Outcome outcome;
    /** The secrecy of the record the line is about: only those cleared for it see the line at all. */
    @Enumerated(EnumType.STRING)
    private Secrecy secrecy = Secrecy.NONE;
    private String previousHash;
    private String hash;

    protected AuditEntry() {
    }

    AuditEntry(Instant occurredAt, Long actorId, String actorUsername, String actingFor, String action,
            String objectType, String objectId, String details, String remoteAddress, Outcome outcome,
            Secrecy secrecy) {
        this.occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
        this.actorId = actorId;
        this.actorUsername = actorUsername;
        this.actingFor = actingFor;
        this.action = action;
        this.objectType = objectType;
        this.objectId = objectId;
        this.details = details;
        this.remoteAddress = remoteAddress;
        this.outcome = outcome;
        this.secrecy = secrecy == null ? Secrecy.NONE : secrecy;
    }

    /** Gives the line its place after the line whose hash is {@code previousHash}. */
    void seal(long seq, String previousHash) {
        this.seq = seq;
        this.previousHash = previousHash;
        this.hash = computeHash();
    }

    boolean sealed() {
        return seq != null;
    }

    /** The hash this line should carry, recomputed from its fields. */
    String computeHash() {
        String canonical = String.join("\u001f", String.valueOf(seq), occurredAt.toString(), String.valueOf(actorId),
                String.valueOf(actorUsername), String.valueOf(actingFor), action, String.valueOf(objectType),
                String.valueOf(objectId), String.valueOf(details), String.valueOf(remoteAddress), outcome.name(),
                previousHash);
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    Long id() { return id; }
    /** The line's place in the chain; null until it is sealed (within a second or so of its commit). */
    public Long seq() { return seq; }
    public Instant occurredAt() { return occurredAt; }
    public Long actorId() { return actorId; }
    public String actorUsername() { return actorUsername; }
    public String actingFor() { return actingFor; }
    public String action() { return action; }
    public String objectType() { return objectType; }
    public String objectId() { return objectId; }
    public String details() { return details; }
    public String remoteAddress() { return remoteAddress; }
    public Outcome outcome() { return outcome; }
    public String previousHash() { return previousHash; }
    public String hash() { return hash; }
}
