package vn.eoffice.documents.outgoing;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.eoffice.documents.Direction;
import vn.eoffice.documents.Urgency;
import vn.eoffice.platform.Secrecy;

/**
 * What a drafter fills in for a new outgoing or internal document: its metadata, the incoming document it answers
 * (by id or notation, optional) and its recipients (internal units and people, agencies of the address book,
 * e-mail addresses separated by commas or new lines).
 */
public record OutgoingDraft(
        @NotNull(message = "{outgoing.direction.required}") Direction direction,
        @NotBlank(message = "{document.type.required}") String typeCode,
        @NotBlank(message = "{document.summary.required}") @Size(max = 500, message = "{document.summary.tooLong}")
        String summary,
        @NotNull(message = "{document.urgency.required}") Urgency urgency,
        @NotNull(message = "{document.secrecy.required}") Secrecy secrecy,
        @Size(max = 60, message = "{outgoing.replyTo.tooLong}") String replyTo,
        List<Long> unitIds, List<Long> userIds, List<Long> agencyIds,
        @Size(max = 2000, message = "{outgoing.emails.tooLong}") String emails) {

    public List<Long> unitIds() { return unitIds == null ? List.of() : unitIds; }
    public List<Long> userIds() { return userIds == null ? List.of() : userIds; }
    public List<Long> agencyIds() { return agencyIds == null ? List.of() : agencyIds; }
}
