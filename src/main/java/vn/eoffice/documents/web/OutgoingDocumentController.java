package vn.eoffice.documents.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.eoffice.documents.Direction;
import vn.eoffice.documents.DocumentManagement;
import vn.eoffice.documents.RegisterKind;
import vn.eoffice.documents.RegisterManagement;
import vn.eoffice.documents.outgoing.CircuitStep;
import vn.eoffice.documents.outgoing.DocumentVersion;
import vn.eoffice.documents.outgoing.OutgoingManagement;
import vn.eoffice.documents.outgoing.OutgoingRelease;
import vn.eoffice.documents.outgoing.ReviewCircuit;
import vn.eoffice.documents.outgoing.ReviewStep;
import vn.eoffice.documents.outgoing.SigningCapacities;
import vn.eoffice.files.FileDownloads;
import vn.eoffice.files.FileStorage;
import vn.eoffice.files.PagePreviews;
import vn.eoffice.identity.Candidates;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.identity.Eligibility;
import vn.eoffice.identity.Role;
import vn.eoffice.identity.UserManagement;
import vn.eoffice.platform.FormPosts;
import vn.eoffice.platform.DomainException;
import vn.eoffice.platform.NotFoundException;
import vn.eoffice.platform.SigningAuthority;
import vn.eoffice.signing.SignatureVerification;
import vn.eoffice.signing.SigningService;

/**
 * An outgoing document's page: versions, review circuit, signing, release, recall, recipients, timeline; each
 * action posts a small form and comes back here.
 */
@Controller
@RequestMapping("/documents/outgoing/{id}")
class OutgoingDocumentController {

    private final OutgoingManagement drafts;
    private final ReviewCircuit circuit;
    private final OutgoingRelease release;
    private final DocumentManagement documents;
    private final RegisterManagement registers;
    private final UserManagement users;
    private final FileStorage storage;
    private final Uploads uploads;
    private final SigningService signing;
    private final SigningCapacities capacities;
    private final SignatureVerification verification;
    private final Clock clock;
    private final UsualCircuit usualCircuit;
    private final PagePreviews previews;
    private final Candidates candidates;

    OutgoingDocumentController(OutgoingManagement drafts, ReviewCircuit circuit, OutgoingRelease release,
            DocumentManagement documents, RegisterManagement registers, UserManagement users, FileStorage storage,
            Uploads uploads, SigningService signing, SigningCapacities capacities,
            SignatureVerification verification, Clock clock, UsualCircuit usualCircuit, PagePreviews previews,
            Candidates candidates) {
        this.usualCircuit = usualCircuit;
        this.candidates = candidates;
        this.previews = previews;
        this.drafts = drafts;
        this.capacities = capacities;
        this.circuit = circuit;
        this.release = release;
        this.documents = documents;
        this.registers = registers;
        this.users = users;
        this.storage = storage;
        this.uploads = uploads;
        this.signing = signing;
        this.verification = verification;
        this.clock = clock;
    }

    @GetMapping
    @Transactional(readOnly = true)
    public String show(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
        var document = drafts.outgoing(user, id);
        var steps = circuit.steps(user, id);
        var timeline = documents.timeline(user, id);
        var record = drafts.record(user, id);
        Map<Long, String> names = new HashMap<>();
        timeline.forEach(e -> names.computeIfAbsent(e.actorId(), this::name));
        steps.forEach(s -> names.computeIfAbsent(s.getReviewerId(), this::name));
        names.computeIfAbsent(document.getCreatedBy(), this::name);
        model.addAttribute("document", document);
        model.addAttribute("typeName", registers.typeName(document.getTypeCode()));
        model.addAttribute("record", record);
        var answered = drafts.answered(user, id);
        model.addAttribute("replyTo", answered.orElse(null));
        var versions = drafts.versions(user, id);
        model.addAttribute("versions", versions);
        model.addAttribute("signatureChecks",
                verification.latest(versions.stream().map(v -> v.getFileId()).toList()));
        model.addAttribute("hasPersonalKey", signing.personalKey(user.id()).isPresent());
        model.addAttribute("hasAgencyKey", signing.agencyKey(document.getAgencyId()).isPresent());
        model.addAttribute("steps", steps);
        var myTurn = ReviewCircuit.myTurn(steps, user.id());
        model.addAttribute("myTurn", myTurn);
        if (myTurn != null && !versions.isEmpty()) {
            // the reviewer reads the latest version beside the review form
            var latest = versions.stream().max(java.util.Comparator.comparingInt(v -> v.getVersionNo())).orElseThrow();
            model.addAttribute("viewer", previews.viewer(storage.find(latest.getFileId()),
                    "/documents/outgoing/" + id + "/versions/" + latest.getVersionNo()));
        }
        model.addAttribute("recipients", drafts.recipients(user, id));
        model.addAttribute("timeline", timeline);
        model.addAttribute("names", names);
        boolean drafter = document.getCreatedBy().equals(user.id());
        boolean signer = steps.stream().anyMatch(s -> s.getKind() == ReviewStep.Kind.APPROVAL
                && s.getReviewerId().equals(user.id()));
        model.addAttribute("drafter", drafter);
        model.addAttribute("signer", signer);
        model.addAttribute("clerk", user.hasRole(Role.CLERK));
        model.addAttribute("kinds", ReviewStep.Kind.values());
        // reviewers: the agency's staff cleared for the draft's secrecy, the drafter not reviewing his own draft
        model.addAttribute("people", candidates.people(user, Eligibility.INFORMED, document.getSecrecy()));
        model.addAttribute("circuitRows", OutgoingCircuitForm.rows(steps,
                () -> usualCircuit.proposal(user, document, answered)));
        model.addAttribute("capacity", capacities.expected(document).orElse(null));
        model.addAttribute("capacityChosen", document.getSigningCapacity() != null);
        boolean mayChooseCapacity = capacities.mayChoose(user, document);
        model.addAttribute("mayChooseCapacity", mayChooseCapacity);
        model.addAttribute("may", OutgoingActions.of(document, drafter, signer, user.hasRole(Role.CLERK),
                myTurn != null, mayChooseCapacity, record.getSignedBy() != null));
        model.addAttribute("authorities", SigningAuthority.values());
        if (user.hasRole(Role.CLERK)) {
            var kind = document.getDirection() == Direction.INTERNAL ? RegisterKind.INTERNAL : RegisterKind.OUTGOING;
            model.addAttribute("registers", registers.activeRegisters(user.agencyId(), kind));
        }
        return "documents/outgoing/detail";
    }

    /** The next number a register would give this document today (htmx, on choosing the register). */
    @GetMapping("/preview")
    String preview(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @RequestParam(required = false) Long registerId, Model model) {
        var document = drafts.outgoing(user, id);
        model.addAttribute("preview", registerId == null ? null
                : registers.preview(registerId, document.getTypeCode(), LocalDate.now(clock)));
        return "documents/outgoing/detail :: preview";
    }

    @PostMapping("/versions")
    String upload(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(required = false) String note, RedirectAttributes redirect) {
        return act(id, redirect, "outgoing.versionUploaded", () -> {
            if (file == null || file.isEmpty()) {
                throw new DomainException("outgoing.version.fileRequired");
            }
            drafts.upload(user, id, () -> uploads.store(user, List.of(file)).get(0), note);
        });
    }

    @PostMapping("/circuit")
    String submit(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @RequestParam(name = "order", required = false) List<String> orders,
            @RequestParam(name = "kind", required = false) List<String> kinds,
            @RequestParam(name = "reviewerId", required = false) List<String> reviewers,
            @RequestParam(required = false) String signingAuthority,
            @RequestParam(required = false) String signingFor, RedirectAttributes redirect) {
        return act(id, redirect, "outgoing.submitted", () -> circuit.submit(user, id,
                OutgoingCircuitForm.parse(orders, kinds, reviewers),
                OutgoingCircuitForm.choice(signingAuthority, signingFor)));
    }

    /** Thẩm quyền ký, corrected by the reviewer whose turn it is or by the signer before signing. */
    @PostMapping("/signing-authority")
    String signingAuthority(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @RequestParam(required = false) String signingAuthority,
            @RequestParam(required = false) String signingFor, RedirectAttributes redirect) {
        return act(id, redirect, "outgoing.authority.saved", () -> {
            var choice = OutgoingCircuitForm.choice(signingAuthority, signingFor);
            capacities.choose(user, id, choice == null ? null : choice.authority(), signingFor);
        });
    }

    @PostMapping("/review")
    String review(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @RequestParam String decision,
            @RequestParam(required = false) String comment, RedirectAttributes redirect) {
        boolean approve = "APPROVE".equals(decision);
        return act(id, redirect, approve ? "outgoing.reviewApproved" : "outgoing.reviewReturned",
                () -> circuit.decide(user, id, approve, comment));
    }

    @PostMapping("/sign")
    String sign(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @RequestParam(required = false) String password, RedirectAttributes redirect) {
        return act(id, redirect, "outgoing.signed",
                () -> release.sign(user, id, password == null ? null : password.toCharArray()));
    }

    @PostMapping("/release")
    String release(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @RequestParam(required = false) Long registerId, RedirectAttributes redirect) {
        return act(id, redirect, "outgoing.released", () -> {
            if (registerId == null) {
                throw new DomainException("outgoing.release.registerRequired");
            }
            release.release(user, id, registerId);
        });
    }

    @PostMapping("/recall")
    String recall(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return act(id, redirect, "outgoing.recalled", () -> release.recall(user, id, reason));
    }

    @PostMapping("/recipients/{recipientId}/sent-outside")
    String sentOutside(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @PathVariable Long recipientId, RedirectAttributes redirect) {
        return act(id, redirect, "outgoing.sentOutside.done", () -> release.markSentOutside(user, id, recipientId));
    }

    /** No read-only transaction around it: the download is audited (a write). */
    @GetMapping("/versions/{versionNo}")
    public ResponseEntity<InputStreamResource> download(@AuthenticationPrincipal CurrentUser user,
            @PathVariable Long id, @PathVariable int versionNo) {
        return FileDownloads.send(storage, storage.find(version(user, id, versionNo).getFileId()));
    }

    private DocumentVersion version(CurrentUser user, Long id, int versionNo) {
        return drafts.versions(user, id).stream().filter(v -> v.getVersionNo() == versionNo).findFirst()
                .orElseThrow(() -> new NotFoundException("version"));
    }

    /** A page of a version's PDF as an image, for the inline viewer; the same rule as the download. */
    @GetMapping("/versions/{versionNo}/pages/{page}")
    public ResponseEntity<byte[]> page(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @PathVariable int versionNo, @PathVariable int page) {
        return previews.page(storage.find(version(user, id, versionNo).getFileId()), page);
    }

    private String act(Long id, RedirectAttributes redirect, String done, Runnable action) {
        return FormPosts.act(redirect, done, "/documents/outgoing/" + id, action);
    }

    private String name(Long userId) {
        return userId == null ? "" : users.summary(userId).fullName();
    }
}
