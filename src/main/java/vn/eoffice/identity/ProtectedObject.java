package vn.eoffice.identity;

import java.util.Set;

import vn.eoffice.platform.Secrecy;

/**
 * The facts about a record that decide who may reach it: the agency and unit that own it, its secrecy level and
 * the people and units taking part in its processing.
 */
public record ProtectedObject(Long agencyId, Long ownerUnitId, Secrecy secrecy, Set<Long> participantUserIds,
        Set<Long> participantUnitIds) {

    public ProtectedObject {
        secrecy = secrecy == null ? Secrecy.NONE : secrecy;
        participantUserIds = participantUserIds == null ? Set.of() : Set.copyOf(participantUserIds);
        participantUnitIds = participantUnitIds == null ? Set.of() : Set.copyOf(participantUnitIds);
    }

    public static ProtectedObject ofAgency(Long agencyId) {
        return new ProtectedObject(agencyId, null, Secrecy.NONE, Set.of(), Set.of());
    }
}
