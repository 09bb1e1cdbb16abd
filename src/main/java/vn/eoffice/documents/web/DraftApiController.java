package vn.eoffice.documents.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Clock;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.eoffice.documents.RegisterManagement;
import vn.eoffice.documents.outgoing.DocumentVersion;
import vn.eoffice.documents.outgoing.OutgoingManagement;
import vn.eoffice.documents.outgoing.OutgoingRelease;
import vn.eoffice.documents.outgoing.Recipient;
import vn.eoffice.documents.outgoing.ReviewCircuit;
import vn.eoffice.documents.outgoing.ReviewStep;
import vn.eoffice.files.FileDownloads;
import vn.eoffice.files.FileStorage;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.platform.ApiController;
import vn.eoffice.platform.NotFoundException;

/** What an outgoing document's page shows beside its actions: versions, the review circuit, recipients. */
@ApiController("/api/v1/documents")
@Tag(name = "Outgoing documents")
class DraftApiController {

    private final OutgoingManagement drafts;
    private final ReviewCircuit circuit;
    private final OutgoingRelease release;
    private final RegisterManagement registers;
    private final FileStorage storage;
    private final Clock clock;

    DraftApiController(OutgoingManagement drafts, ReviewCircuit circuit, OutgoingRelease release,
            RegisterManagement registers, FileStorage storage, Clock clock) {
        this.drafts = drafts;
        this.circuit = circuit;
        this.release = release;
        this.registers = registers;
        this.storage = storage;
        this.clock = clock;
    }

    record VersionJson(int versionNo, String name, String note, Long uploadedBy, Instant uploadedAt, String href) {

        static VersionJson of(DocumentVersion v) {
            return new VersionJson(v.getVersionNo(), v.getName(), v.getNote(), v.getUploadedBy(), v.getUploadedAt(),
                    "/api/v1/documents/" + v.getDocumentId() + "/versions/" + v.getVersionNo() + "/content");
        }
    }

    record StepJson(int order, ReviewStep.Kind kind, Long reviewerId, ReviewStep.Status status, String comment,
            Instant decidedAt) {

        static StepJson of(ReviewStep s) {
            return new StepJson(s.getStepOrder(), s.getKind(), s.getReviewerId(), s.getStatus(), s.getComment(),
                    s.getDecidedAt());
        }
    }

    record RecipientJson(Long id, Long unitId, Long userId, Long agencyId, String email, String name,
            Recipient.Delivery delivery, Instant updatedAt) {

        static RecipientJson of(Recipient r) {
            return new RecipientJson(r.getId(), r.getUnitId(), r.getUserId(), r.getAgencyId(), r.getEmail(),
                    r.getName(), r.getDelivery(), r.getUpdatedAt());
        }
    }

    record NextNumber(Long registerId, String notation) {
    }

    @GetMapping("/{id}/versions")
    @Operation(summary = "The draft's versions, oldest first (all are kept)")
    List<VersionJson> versions(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
        return drafts.versions(user, id).stream().map(VersionJson::of).toList();
    }

    @GetMapping("/{id}/versions/{versionNo}/content")
    @Operation(summary = "Download one version of the draft (whoever may see the document; the download is audited)")
    ResponseEntity<InputStreamResource> version(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @PathVariable int versionNo) {
        var version = drafts.versions(user, id).stream().filter(v -> v.getVersionNo() == versionNo).findFirst()
                .orElseThrow(() -> new NotFoundException("version"));
        return FileDownloads.send(storage, storage.find(version.getFileId()));
    }

    @GetMapping("/{id}/circuit")
    @Operation(summary = "The review circuit: its steps in order, who reviews, their decisions and comments")
    List<StepJson> circuit(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
        return circuit.steps(user, id).stream().map(StepJson::of).toList();
    }

    @GetMapping("/{id}/recipients")
    @Operation(summary = "Where the document goes and how each recipient got it (exchange, e-mail, post, internal)")
    List<RecipientJson> recipients(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
        return drafts.recipients(user, id).stream().map(RecipientJson::of).toList();
    }

    @PostMapping("/{id}/recipients/{recipientId}/sent-outside")
    @Operation(summary = "The clerk records that an external recipient got the released document by e-mail or post")
    ResponseEntity<Void> sentOutside(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @PathVariable Long recipientId) {
        release.markSentOutside(user, id, recipientId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/next-number")
    @Operation(summary = "The number and symbol a register would give this document today (nothing is reserved)")
    NextNumber nextNumber(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @RequestParam Long registerId) {
        var document = drafts.outgoing(user, id);
        return new NextNumber(registerId, registers.preview(registerId, document.getTypeCode(), LocalDate.now(clock)));
    }
}
