package vn.eoffice.documents.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

import vn.eoffice.documents.casefiles.CaseFileManagement;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.platform.ApiController;

/** Changes to a file after it was made, as on its page: take a document out, reopen a closed file. */
@ApiController("/api/v1/case-files")
@Tag(name = "Case files")
class CaseFileChangesApiController {

    private final CaseFileManagement files;

    CaseFileChangesApiController(CaseFileManagement files) {
        this.files = files;
    }

    record Reopening(@Size(max = 500, message = "{caseFile.reopen.reasonTooLong}") String reason) {
    }

    @DeleteMapping("/{id}/documents/{documentId}")
    @Operation(summary = "Take a document out of an open file (whoever may change the file)")
    ResponseEntity<Void> remove(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @PathVariable Long documentId) {
        files.removeDocument(user, id, documentId);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/reopen")
    @Operation(summary = "Reopen a closed file, with the reason kept in the audit trail (leaders)")
    CaseFileApiController.CaseFileView reopen(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @Valid @RequestBody(required = false) Reopening body) {
        return CaseFileApiController.CaseFileView.of(files.reopen(user, id, body == null ? null : body.reason()));
    }
}
