package vn.eoffice.documents.web;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

import vn.eoffice.documents.Document;
import vn.eoffice.documents.casefiles.CaseFile;
import vn.eoffice.documents.casefiles.CaseFileForm;
import vn.eoffice.documents.casefiles.CaseFileIndexExport;
import vn.eoffice.documents.casefiles.CaseFileManagement;
import vn.eoffice.documents.casefiles.CaseFileStatus;
import vn.eoffice.documents.exports.ExportFormat;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.platform.ApiController;

@ApiController("/api/v1/case-files")
@Tag(name = "Case files")
class CaseFileApiController {

    private final CaseFileManagement files;
    private final CaseFileIndexExport indexExport;
    private final Clock clock;

    CaseFileApiController(CaseFileManagement files, CaseFileIndexExport indexExport, Clock clock) {
        this.files = files;
        this.indexExport = indexExport;
        this.clock = clock;
    }

    record CaseFileView(Long id, int year, String code, String title, Integer retentionYears, Long ownerUserId,
            Long ownerUnitId, CaseFileStatus status, Instant openedAt, Instant closedAt, String note) {

        static CaseFileView of(CaseFile f) {
            return new CaseFileView(f.getId(), f.getYear(), f.getCode(), f.getTitle(), f.getRetentionYears(),
                    f.getOwnerUserId(), f.getOwnerUnitId(), f.getStatus(), f.getOpenedAt(), f.getClosedAt(),
                    f.getNote());
        }
    }

    record DocumentLine(Long id, String notation, LocalDate documentDate, String typeCode, String summary,
            String issuerName, Integer pageCount) {

        static DocumentLine of(Document d) {
            return new DocumentLine(d.getId(), d.getNotation(), d.getDocumentDate(), d.getTypeCode(), d.getSummary(),
                    d.getIssuerName(), d.getPageCount());
        }
    }

    record CaseFileDetail(CaseFileView file, List<DocumentLine> documents, int hiddenDocuments) {
    }

    record AddDocument(@NotNull(message = "{caseFile.document.notFound}") Long documentId) {
    }

    @GetMapping
    @Operation(summary = "The file list of a year (default: this year) that the caller may see")
    List<CaseFileView> list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Integer year) {
        int shown = year != null ? year : LocalDate.now(clock).getYear();
        return files.list(user, shown).stream().map(CaseFileView::of).toList();
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    @Operation(summary = "Create a file (clerks, unit heads, leaders); the code is unique within the agency and year")
    ResponseEntity<CaseFileView> create(@AuthenticationPrincipal CurrentUser user,
            @Valid @RequestBody CaseFileForm form) {
        var file = files.create(user, form);
        return ResponseEntity.created(URI.create("/api/v1/case-files/" + file.getId())).body(CaseFileView.of(file));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A file with the documents the caller may see, and how many others are hidden")
    CaseFileDetail get(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
        var file = files.get(user, id);
        var contents = files.contents(user, id);
        return new CaseFileDetail(CaseFileView.of(file),
                contents.documents().stream().map(DocumentLine::of).toList(), contents.hidden());
    }

    @PostMapping("/{id}/documents")
    @Operation(summary = "Add a document the caller may see to an open file (one file per document and year)")
    CaseFileDetail add(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @Valid @RequestBody AddDocument body) {
        files.addDocument(user, id, body.documentId());
        return get(user, id);
    }

    @PostMapping("/{id}/close")
    @Operation(summary = "Close a file that holds at least one document")
    CaseFileView close(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
        return CaseFileView.of(files.close(user, id));
    }

    @GetMapping("/{id}/index")
    @Operation(summary = "The file's document index (mục lục văn bản) as PDF or XLSX")
    ResponseEntity<byte[]> index(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @RequestParam(defaultValue = "pdf") String format) {
        return RegisterExportController.download(indexExport.export(user, id, ExportFormat.parse(format)));
    }
}
