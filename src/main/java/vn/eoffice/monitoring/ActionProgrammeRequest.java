package vn.eoffice.monitoring;

import java.time.LocalDate;
import java.util.Set;

/**
 * The commission asks committees for their action programmes on a resolution (registered for monitoring if its
 * notation is not yet) by {@code dueOn}.
 */
public record ActionProgrammeRequest(String title, DocumentKind kind, String notation, LocalDate issuedOn,
        String issuer, Set<Long> committeeIds, LocalDate dueOn) {
}
