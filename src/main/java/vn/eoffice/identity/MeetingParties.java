package vn.eoffice.identity;

import java.util.Set;

/**
 * Who a meeting involves, as {@link AccessControl} needs it: its agency, its organisers (chair, secretary, whoever
 * scheduled it), the people invited in person, as deputy or as a connection point's host, and the invited units.
 */
public record MeetingParties(Long agencyId, Set<Long> organisers, Set<Long> people, Set<Long> units) {
}
