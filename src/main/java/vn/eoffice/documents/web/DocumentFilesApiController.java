package vn.eoffice.documents.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.core.io.InputStreamResource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.eoffice.documents.Document;
import vn.eoffice.documents.DocumentManagement;
import vn.eoffice.files.FileDownloads;
import vn.eoffice.files.FileStorage;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.platform.ApiController;
import vn.eoffice.signing.SignatureCheckResult;
import vn.eoffice.signing.SignatureCheckItem;
import vn.eoffice.signing.SignatureStatus;
import vn.eoffice.signing.SignatureVerification;

/** A document's files, their signature checks, and the probable-duplicate warning of registration. */
@ApiController("/api/v1/documents")
@Tag(name = "Documents")
class DocumentFilesApiController {

    private final DocumentManagement documents;
    private final FileStorage storage;
    private final SignatureVerification verification;

    DocumentFilesApiController(DocumentManagement documents, FileStorage storage,
            SignatureVerification verification) {
        this.documents = documents;
        this.storage = storage;
        this.verification = verification;
    }

    record CheckJson(Long fileId, SignatureStatus status, boolean modifiedAfterSigning, Instant checkedAt,
            List<SignatureCheckItem> signatures) {

        static CheckJson of(SignatureCheckResult check) {
            return new CheckJson(check.fileId(), check.status(), check.modifiedAfterSigning(), check.checkedAt(),
                    check.items());
        }
    }

    record DuplicateJson(Long id, Long registerNumber, LocalDate arrivalDate, String notation, LocalDate documentDate,
            String issuerName, String summary) {

        static DuplicateJson of(Document d) {
            return new DuplicateJson(d.getId(), d.getRegisterNumber(), d.getArrivalDate(), d.getNotation(),
                    d.getDocumentDate(), d.getIssuerName(), d.getSummary());
        }
    }

    @GetMapping("/{id}/files/{position}")
    @Operation(summary = "Download a file of a document by its position (whoever may see the document)")
    ResponseEntity<InputStreamResource> file(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @PathVariable int position) {
        var file = documents.file(user, id, position);
        return FileDownloads.send(storage, storage.find(file.fileId()));
    }

    @GetMapping("/{id}/signatures")
    @Transactional(readOnly = true)
    @Operation(summary = "The latest signature check of each of the document's files")
    List<CheckJson> signatures(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
        var files = documents.visible(user, id).getFiles().stream().map(f -> f.fileId()).toList();
        return verification.latest(files).values().stream().map(CheckJson::of).toList();
    }

    @PostMapping("/{id}/signatures")
    @Transactional
    @Operation(summary = "Check the signatures of the document's files now (Kiểm tra chữ ký); the results are kept")
    List<CheckJson> checkSignatures(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
        return documents.visible(user, id).getFiles().stream()
                .map(f -> CheckJson.of(verification.check(f.fileId(), user.id()))).toList();
    }

    @GetMapping("/incoming/duplicates")
    @Operation(summary = "Earlier registrations from the same issuer with the same number and date (probable "
            + "duplicates), among those the caller may see")
    List<DuplicateJson> duplicates(@AuthenticationPrincipal CurrentUser user, @RequestParam String issuerName,
            @RequestParam String notation,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate documentDate) {
        return documents.probableDuplicates(user, issuerName, notation, documentDate).stream()
                .map(DuplicateJson::of).toList();
    }
}
