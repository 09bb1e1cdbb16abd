package vn.eoffice.identity;

import java.time.LocalDate;

/**
 * A deputy was given the right to act for an absent colleague between two dates.
 */
public record DelegationGranted(Long delegationId, Long delegatorId, Long deputyId, LocalDate from, LocalDate to) {
}
