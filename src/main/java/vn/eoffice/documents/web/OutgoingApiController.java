package vn.eoffice.documents.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;

import vn.eoffice.documents.DocumentQueries;
import vn.eoffice.documents.DocumentRow;
import vn.eoffice.documents.DocumentStatus;
import vn.eoffice.documents.outgoing.CircuitStep;
import vn.eoffice.documents.outgoing.OutgoingBox;
import vn.eoffice.documents.outgoing.OutgoingDraft;
import vn.eoffice.documents.outgoing.OutgoingManagement;
import vn.eoffice.documents.outgoing.OutgoingRelease;
import vn.eoffice.documents.outgoing.ReviewCircuit;
import vn.eoffice.documents.outgoing.ReviewStep;
import vn.eoffice.documents.outgoing.SigningCapacities;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.platform.ApiController;
import vn.eoffice.platform.DomainException;

@ApiController("/api/v1/documents")
@Tag(name = "Outgoing documents")
class OutgoingApiController {

    private final OutgoingManagement drafts;
    private final ReviewCircuit circuit;
    private final OutgoingRelease release;
    private final DocumentQueries queries;
    private final Uploads uploads;
    private final SigningCapacities capacities;
    private final MessageSource messages;

    OutgoingApiController(OutgoingManagement drafts, ReviewCircuit circuit, OutgoingRelease release,
            DocumentQueries queries, Uploads uploads, SigningCapacities capacities, MessageSource messages) {
        this.messages = messages;
        this.capacities = capacities;
        this.drafts = drafts;
        this.circuit = circuit;
        this.release = release;
        this.queries = queries;
        this.uploads = uploads;
    }

    record Drafted(Long id, DocumentStatus status, Integer versionNo) {
    }

    record VersionAdded(Long documentId, int versionNo, String name) {
    }

    record Step(@NotNull(message = "{outgoing.circuit.stepInvalid}") @Positive(message = "{outgoing.circuit.stepInvalid}")
            Integer order,
            @NotNull(message = "{outgoing.circuit.stepInvalid}") ReviewStep.Kind kind,
            @NotNull(message = "{outgoing.circuit.stepInvalid}") Long reviewerId) {
    }

    /**
     * {@code signingAuthority}: NONE, TM, KT, TL, TUQ or Q with {@code signingFor} ("TRƯỞNG BAN"), AUTO for the
     * signer's position; absent keeps the earlier choice.
     */
    record Circuit(@NotEmpty(message = "{outgoing.circuit.empty}") List<@Valid @NotNull Step> steps,
            String signingAuthority, @Size(max = 200, message = "{field.tooLong}") String signingFor) {
    }

    /** {@code signingAuthority}: NONE, TM, KT, TL, TUQ or Q with {@code signingFor}, or AUTO (or absent). */
    record SigningAuthorityChoice(String signingAuthority,
            @Size(max = 200, message = "{field.tooLong}") String signingFor) {
    }

    record Decision(@NotNull(message = "{outgoing.review.decisionRequired}") Boolean approve,
            @Size(max = 2000) String comment) {
    }

    record Release(@NotNull(message = "{outgoing.release.registerRequired}") Long registerId) {
    }

    /** The password of the signer's certificate, for this signing only (never stored). */
    record SignRequest(String password) {
    }

    record Released(long number, String notation, LocalDate issuedDate) {
    }

    record Recall(@NotBlank(message = "{outgoing.recall.reasonRequired}") @Size(max = 1000) String reason) {
    }

    /** {@code totalIsLowerBound}: the box holds at least {@code totalElements} documents (counting stopped there). */
    record RowPage(List<DocumentRow> content, int page, int size, long totalElements, boolean totalIsLowerBound) {
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(path = "/outgoing", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Create a draft (multipart: a 'metadata' JSON part, a 'body' file = version 1, "
            + "'attachments' files)")
    ResponseEntity<Drafted> create(@AuthenticationPrincipal CurrentUser user,
            @Valid @RequestPart("metadata") OutgoingDraft metadata,
            @RequestPart(name = "body", required = false) MultipartFile body,
            @RequestPart(name = "attachments", required = false) List<MultipartFile> attachments) {
        var stored = uploads.storeBody(user, body);
        var document = drafts.draft(user, metadata, stored, uploads.store(user, attachments));
        return ResponseEntity.created(URI.create("/api/v1/documents/" + document.getId()))
                .body(new Drafted(document.getId(), document.getStatus(), stored == null ? null : 1));
    }

    @GetMapping("/outgoing")
    @Operation(summary = "Outgoing and internal documents in a box, newest first (metadata only)")
    RowPage list(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "MY_DRAFTS") OutgoingBox box,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        var rows = queries.outgoing(user, box, PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 100)));
        return new RowPage(rows.getContent(), rows.getNumber(), rows.getSize(), rows.getTotalElements(),
                DocumentQueries.totalIsLowerBound(rows));
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(path = "/{id}/versions", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Upload a new version of the draft (earlier versions are kept)")
    ResponseEntity<VersionAdded> version(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @RequestPart(name = "file", required = false) MultipartFile file,
            @RequestParam(required = false) String note) {
        if (file == null || file.isEmpty()) {
            throw new DomainException("outgoing.version.fileRequired");
        }
        var version = drafts.upload(user, id, () -> uploads.store(user, List.of(file)).get(0), note);
        return ResponseEntity.created(URI.create("/api/v1/documents/" + id + "/versions/" + version.getVersionNo()
                + "/content"))
                .body(new VersionAdded(id, version.getVersionNo(), version.getName()));
    }

    @PostMapping("/{id}/circuit")
    @Operation(summary = "Define the review circuit and submit the draft to it (same order = in parallel)")
    ResponseEntity<Void> submit(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @Valid @RequestBody Circuit body) {
        circuit.submit(user, id, body.steps().stream()
                .map(s -> new CircuitStep(s.order(), s.kind(), s.reviewerId())).toList(),
                OutgoingCircuitForm.choice(body.signingAuthority(), body.signingFor()));
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/{id}/signing-authority")
    @Operation(summary = "Choose the signing authority (thẩm quyền ký: T/M, K/T, T/L, TUQ., Q.) and its line: the "
            + "drafter of a draft, the reviewer whose turn it is, or the signer before signing")
    ResponseEntity<Void> signingAuthority(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @Valid @RequestBody SigningAuthorityChoice body) {
        var choice = OutgoingCircuitForm.choice(body.signingAuthority() == null ? "AUTO" : body.signingAuthority(),
                body.signingFor());
        capacities.choose(user, id, choice.authority(), choice.line());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/review")
    @Operation(summary = "The reviewer whose turn it is approves or returns the draft (a comment is required)")
    ResponseEntity<Void> review(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @Valid @RequestBody Decision decision) {
        circuit.decide(user, id, decision.approve(), decision.comment());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/sign")
    @Operation(summary = "The signer signs the approved document: digitally with the password of their certificate, "
            + "or confirms the paper signature when they have none")
    ResponseEntity<Void> sign(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @RequestBody(required = false) SignRequest body) {
        release.sign(user, id, body == null || body.password() == null ? null : body.password().toCharArray());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/release")
    @Operation(summary = "The clerk releases a signed document: number and date from the register")
    Released release(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @Valid @RequestBody Release body) {
        var document = release.release(user, id, body.registerId());
        return new Released(document.getRegisterNumber(), document.getNotation(), document.getDocumentDate());
    }

    @PostMapping("/{id}/recall")
    @Operation(summary = "The clerk or the signer recalls a released document with a reason")
    ResponseEntity<Void> recall(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @Valid @RequestBody Recall body) {
        release.recall(user, id, body.reason());
        return ResponseEntity.noContent().build();
    }

    /** Someone changed the document at the same moment (e.g. a second release): nothing was done. */
    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail conflict() {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                messages.getMessage("error.conflict", null, LocaleContextHolder.getLocale()));
    }
}
