package vn.eoffice.documents;

import java.time.LocalDate;
import java.util.List;

/**
 * An outgoing or internal document was released with its number; internal recipients already have it, the external
 * agencies listed here are still to be sent (by the exchange, or by hand until then).
 */
public record DocumentReleased(Long documentId, Long agencyId, String notation, LocalDate issuedDate,
        List<Long> recipientUserIds, List<Long> recipientUnitIds, List<Long> externalAgencyIds) {
}
