package vn.eoffice.organization.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;

import vn.eoffice.organization.addressbook.AddressBookExport;
import vn.eoffice.organization.addressbook.AddressBookImport;
import vn.eoffice.organization.addressbook.ImportReport;
import vn.eoffice.platform.ApiController;
import vn.eoffice.platform.DomainException;

/** The address book of external agencies as CSV: import with a per-row report, export, template (administrators). */
@ApiController("/api/v1/address-book")
@Tag(name = "Organization")
@PreAuthorize("hasRole('ADMIN')")
class AddressBookApiController {

    private static final String CSV = "text/csv";

    private final AddressBookImport importer;
    private final AddressBookExport exporter;
    private final MessageSource messages;

    AddressBookApiController(AddressBookImport importer, AddressBookExport exporter, MessageSource messages) {
        this.importer = importer;
        this.exporter = exporter;
        this.messages = messages;
    }

    /** {@code row} 0 is the file as a whole (e.g. its header). */
    record RowProblem(int row, String column, String message) {
    }

    record ImportJson(int rows, int imported, boolean allOrNothing, long rejectedRows, List<RowProblem> problems) {
    }

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import external agencies from CSV (part \"file\"); allOrNothing keeps nothing on any error")
    ImportJson importCsv(@RequestPart(name = "file", required = false) MultipartFile file,
            @RequestParam(defaultValue = "false") boolean allOrNothing) throws IOException {
        if (file == null || file.isEmpty()) {
            throw new DomainException("addressBook.import.empty");
        }
        if (file.getSize() > AddressBookImport.MAX_BYTES) {
            throw new DomainException("addressBook.import.tooLarge", AddressBookImport.MAX_BYTES / (1024 * 1024));
        }
        ImportReport report = importer.importCsv(file.getBytes(), allOrNothing);
        var problems = report.problems().stream().map(p -> new RowProblem(p.row(), p.column(),
                messages.getMessage(p.messageKey(), p.args(), p.messageKey(), LocaleContextHolder.getLocale())))
                .toList();
        return new ImportJson(report.rows(), report.imported(), report.allOrNothing(), report.rejectedRows(), problems);
    }

    @GetMapping(path = "/export", produces = CSV)
    @Operation(summary = "The address book as CSV (UTF-8), in the import's columns")
    ResponseEntity<byte[]> export() {
        return csv("danh-ba-co-quan.csv", exporter.exportCsv());
    }

    @GetMapping(path = "/template", produces = CSV)
    @Operation(summary = "An empty CSV template with the import's columns")
    ResponseEntity<byte[]> template() {
        return csv("mau-danh-ba-co-quan.csv", exporter.template());
    }

    private static ResponseEntity<byte[]> csv(String filename, String content) {
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(filename).build().toString())
                .body(content.getBytes(StandardCharsets.UTF_8));
    }
}
