package vn.eoffice.audit;

import java.time.Instant;

/**
 * One line of the audit log as readers see it: who did what to which object, when, from where, with what outcome,
 * and the seal ({@code hash}) that chains it to the line before.
 */
public record AuditLine(Long seq, Instant occurredAt, Long actorId, String actorUsername, String actingFor,
        String action, String objectType, String objectId, String details, String remoteAddress, Outcome outcome,
        String hash) {

    static AuditLine of(AuditEntry e) {
        return new AuditLine(e.seq(), e.occurredAt(), e.actorId(), e.actorUsername(), e.actingFor(), e.action(),
                e.objectType(), e.objectId(), e.details(), e.remoteAddress(), e.outcome(), e.hash());
    }
}
