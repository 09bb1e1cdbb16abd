package vn.eoffice.documents.outgoing;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.eoffice.audit.AuditLog;
import vn.eoffice.documents.Document;
import vn.eoffice.documents.DocumentManagement;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.identity.Role;
import vn.eoffice.identity.UserManagement;
import vn.eoffice.identity.UserSummary;
import vn.eoffice.platform.SigningAuthority;
import vn.eoffice.platform.SigningCapacity;

/**
 * Thẩm quyền ký of outgoing documents. The drafter chooses it with the draft, the reviewer whose turn it is or the
 * signer may correct it until signature; left to the signer's position, it follows the rule of both rulebooks: the
 * head signs in their own name, a deputy head K/T for the head ({@code K/T TRƯỞNG BAN}), a unit head T/L.
 */
@Service
@Transactional
public class SigningCapacities {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final OutgoingManagement drafts;
    private final ReviewSteps steps;
    private final DocumentManagement management;
    private final UserManagement users;
    private final AuditLog audit;

    SigningCapacities(OutgoingManagement drafts, ReviewSteps steps, DocumentManagement management,
            UserManagement users, AuditLog audit) {
        this.drafts = drafts;
        this.steps = steps;
        this.management = management;
        this.users = users;
        this.audit = audit;
    }

    /**
     * Chooses the authority and its line ({@code authority} null: the signer's position decides). Allowed to the
     * drafter of a draft, to the reviewer whose turn it is, and to the signer of an approved document.
     */
    public void choose(CurrentUser user, Long documentId, SigningAuthority authority, String line) {
        var document = drafts.outgoing(user, documentId);
        if (!mayChoose(user, document)) {
            throw new AccessDeniedException("the drafter, the reviewer whose turn it is or the signer chooses");
        }
        var capacity = authority == null ? null : SigningCapacity.choose(authority, line);
        apply(user, document, capacity);
    }

    /** Sets the choice made with the circuit form; the caller has checked that the user may (its own draft). */
    void apply(CurrentUser user, Document document, SigningCapacity capacity) {
        var before = document.getSigningCapacity();
        if (java.util.Objects.equals(before, capacity)) {
            return;
        }
        document.chooseSigningCapacity(capacity);
        String shown = capacity == null ? "theo chức vụ người ký" : capacity.isNone() ? "không ghi" : capacity.text();
        management.record(document, user, "SIGNING_AUTHORITY_CHOSEN", shown);
        audit.record("DOCUMENT_SIGNING_AUTHORITY_CHOSEN", "DOCUMENT", document.getId(), shown);
    }

    /** Whether the user may choose the authority of this document now (the page shows the form only then). */
    @Transactional(readOnly = true)
    public boolean mayChoose(CurrentUser user, Document document) {
        var all = steps.findByDocumentIdOrderByStepOrderAscIdAsc(document.getId());
        return switch (document.getStatus()) {
            case DRAFT -> document.getCreatedBy().equals(user.id());
            case IN_REVIEW -> ReviewCircuit.myTurn(all, user.id()) != null;
            case APPROVED -> signerOf(all).filter(user.id()::equals).isPresent();
            default -> false;
        };
    }

    /**
     * The capacity the document will be signed in: the one chosen, otherwise what the position of the signer in the
     * circuit suggests; empty while no signer is chosen and nothing was chosen.
     */
    @Transactional(readOnly = true)
    public Optional<SigningCapacity> expected(Document document) {
        if (document.getSigningCapacity() != null) {
            return Optional.of(document.getSigningCapacity());
        }
        return signerOf(steps.findByDocumentIdOrderByStepOrderAscIdAsc(document.getId()))
                .map(users::summary).map(this::suggestedForSigner);
    }

    /** What a signer's position suggests (also for documents the system drafts, such as a notice of conclusions). */
    @Transactional(readOnly = true)
    public SigningCapacity suggestedFor(Long signerId) {
        return suggestedForSigner(users.summary(signerId));
    }

    SigningCapacity suggestedForSigner(UserSummary signer) {
        String title = signer.title() == null ? "" : signer.title().strip();
        if (signer.roles().contains(Role.LEADER)) {
            return isDeputy(title) ? head(signer, title).map(h -> SigningCapacity.choose(SigningAuthority.KT, h))
                    .orElse(SigningCapacity.NONE) : SigningCapacity.NONE;
        }
        if (signer.roles().contains(Role.UNIT_HEAD)) {
            return head(signer, "").map(h -> SigningCapacity.choose(SigningAuthority.TL, h))
                    .orElse(SigningCapacity.NONE);
        }
        return SigningCapacity.NONE;
    }

    /**
     * The head's title: that of a leader of the agency who is no deputy, the one the deputy's own title names
     * first ("Phó Trưởng ban Thường trực" → "Trưởng ban"); without one, the deputy's title without "Phó".
     */
    private Optional<String> head(UserSummary signer, String deputyTitle) {
        String deputy = deputyTitle.toLowerCase(VIETNAMESE);
        List<String> heads = users.staffOf(signer.agencyId()).stream()
                .filter(u -> u.enabled() && u.roles().contains(Role.LEADER) && u.title() != null
                        && !u.title().isBlank() && !isDeputy(u.title()))
                .map(u -> u.title().strip()).toList();
        return heads.stream().filter(h -> deputy.contains(h.toLowerCase(VIETNAMESE))).findFirst()
                .or(() -> heads.stream().findFirst())
                .or(() -> deputy.isEmpty() ? Optional.empty()
                        : Optional.of(deputyTitle.substring(4).replaceAll("(?iu)\\s+thường trực$", "")));
    }

    private static boolean isDeputy(String title) {
        return title.strip().toLowerCase(VIETNAMESE).startsWith("phó ");
    }

    static Optional<Long> signerOf(List<ReviewStep> all) {
        return all.stream().filter(s -> s.getKind() == ReviewStep.Kind.APPROVAL).map(ReviewStep::getReviewerId)
                .findFirst();
    }
}
