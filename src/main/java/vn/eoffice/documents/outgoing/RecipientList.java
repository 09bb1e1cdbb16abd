package vn.eoffice.documents.outgoing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import vn.eoffice.identity.CurrentUser;
import vn.eoffice.identity.UserManagement;
import vn.eoffice.organization.OrganizationDirectory;
import vn.eoffice.platform.DomainException;

/**
 * Turns the drafter's picks into recipients: units and people of the agency, other agencies in force today (hosted
 * here or in the address book), e-mail addresses.
 */
@Component
class RecipientList {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final DocumentRecipients recipients;
    private final OrganizationDirectory organization;
    private final UserManagement users;
    private final Clock clock;

    RecipientList(DocumentRecipients recipients, OrganizationDirectory organization, UserManagement users,
            Clock clock) {
        this.recipients = recipients;
        this.organization = organization;
        this.users = users;
        this.clock = clock;
    }

    void add(CurrentUser drafter, Long documentId, OutgoingDraft draft) {
        for (Long unitId : draft.unitIds().stream().distinct().toList()) {
            var unit = organization.unit(unitId);
            if (!unit.agencyId().equals(drafter.agencyId())) {
                throw new DomainException("outgoing.recipient.invalid");
            }
            recipients.save(Recipient.unit(documentId, unitId, unit.name()));
        }
        for (Long userId : draft.userIds().stream().distinct().toList()) {
            var person = users.summary(userId);
            if (!drafter.agencyId().equals(person.agencyId())) {
                throw new DomainException("outgoing.recipient.invalid");
            }
            recipients.save(Recipient.person(documentId, userId, person.fullName()));
        }
        LocalDate today = LocalDate.now(clock);
        for (Long agencyId : draft.agencyIds().stream().distinct().toList()) {
            var agency = organization.agency(agencyId);
            if (agency.id().equals(drafter.agencyId())) {
                throw new DomainException("outgoing.recipient.invalid");
            }
            if (!agency.inForceOn(today)) {
                // merged, split or dissolved: its name stays on old documents, new ones go to whoever took over
                throw new DomainException("outgoing.recipient.notInForce", agency.name());
            }
            recipients.save(Recipient.agency(documentId, agencyId, agency.name()));
        }
        if (draft.emails() != null) {
            for (String email : draft.emails().split("[,;\\s]+")) {
                if (email.isBlank()) {
                    continue;
                }
                if (!EMAIL.matcher(email).matches()) {
                    throw new DomainException("outgoing.recipient.badEmail", email);
                }
                recipients.save(Recipient.email(documentId, email.trim()));
            }
        }
    }
}
