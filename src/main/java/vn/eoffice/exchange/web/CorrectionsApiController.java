package vn.eoffice.exchange.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

import vn.eoffice.exchange.Corrections;
import vn.eoffice.exchange.ExchangeGateway;
import vn.eoffice.exchange.ExchangeInbox;
import vn.eoffice.files.FileDownloads;
import vn.eoffice.files.FileStorage;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.platform.ApiController;
import vn.eoffice.platform.NotFoundException;

/**
 * What the clerk does after sending or receiving, over the API as on the pages: send an update or a replacement of
 * a released document, apply a received update, try a failed delivery again ("Gửi lại"), download a received file.
 */
@ApiController("/api/v1/exchange")
@Tag(name = "Exchange (QCVN 102)")
class CorrectionsApiController {

    private final Corrections corrections;
    private final ExchangeInbox inbox;
    private final ExchangeGateway gateway;
    private final FileStorage files;

    CorrectionsApiController(Corrections corrections, ExchangeInbox inbox, ExchangeGateway gateway,
            FileStorage files) {
        this.corrections = corrections;
        this.inbox = inbox;
        this.gateway = gateway;
        this.files = files;
    }

    /** {@code kind} UPDATE or REPLACE; a replacement names the số, ký hiệu of the replacing document. */
    record Correction(@NotNull(message = "{exchange.correction.kindRequired}") Corrections.Kind kind,
            @Size(max = 60, message = "{field.tooLong}") String replacement,
            @Size(max = 1000, message = "{field.tooLong}") String reason) {
    }

    record Sent(int recipients) {
    }

    record Applied(Long documentId) {
    }

    @PostMapping("/documents/{documentId}/corrections")
    @PreAuthorize("hasRole('CLERK')")
    @Operation(summary = "Send an update or a replacement of a released document to the agencies that received it")
    Sent correct(@AuthenticationPrincipal CurrentUser user, @PathVariable Long documentId,
            @Valid @RequestBody Correction body) {
        return new Sent(corrections.send(user, documentId, body.kind(), body.replacement(), body.reason()));
    }

    @PostMapping("/inbox/{id}/apply")
    @Operation(summary = "Apply a received update to the document registered from the earlier package")
    Applied applyUpdate(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
        return new Applied(inbox.applyUpdate(user, id));
    }

    @PostMapping("/deliveries/{id}/retry")
    @PreAuthorize("hasRole('CLERK')")
    @Operation(summary = "Try a delivery that was given up or refused again from now on (Gửi lại)")
    ResponseEntity<Void> retry(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
        gateway.retry(user, id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/inbox/{id}/files/{position}")
    @Operation(summary = "Download a file of a received document (the receiving agency's clerks)")
    ResponseEntity<InputStreamResource> file(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @PathVariable int position) {
        var file = inbox.get(user, id).getFiles().stream().filter(f -> f.position() == position).findFirst()
                .orElseThrow(() -> new NotFoundException("file"));
        return FileDownloads.send(files, files.find(file.fileId()));
    }
}
