package vn.eoffice.identity;

import java.util.Set;

import vn.eoffice.platform.Secrecy;

/**
 * The same rule as {@link AccessControl#may} for VIEW, stated as a filter that a list query can apply in the
 * database: records of {@code agencyId} at one of {@code secrecyLevels}, and then either the whole agency, or those
 * owned by one of {@code ownerUnitIds}, or with a participant among {@code participantUnitIds} or
 * {@code participantUserIds}.
 */
public record ListScope(Long agencyId, Set<Secrecy> secrecyLevels, boolean wholeAgency, Set<Long> ownerUnitIds,
        Set<Long> participantUnitIds, Set<Long> participantUserIds) {
}
