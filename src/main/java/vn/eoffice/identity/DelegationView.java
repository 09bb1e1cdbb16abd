package vn.eoffice.identity;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An absence delegation as other code sees it: who may act for whom, between which dates, why, and whether it was
 * revoked.
 */
public record DelegationView(Long id, Long delegatorId, Long deputyId, LocalDate validFrom, LocalDate validTo,
        String reason, Instant createdAt, Instant revokedAt) {

    static DelegationView of(Delegation d) {
        return new DelegationView(d.getId(), d.getDelegatorId(), d.getDeputyId(), d.getValidFrom(), d.getValidTo(),
                d.getReason(), d.getCreatedAt(), d.getRevokedAt());
    }
}
