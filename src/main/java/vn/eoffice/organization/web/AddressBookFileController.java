package vn.eoffice.organization.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import vn.eoffice.organization.addressbook.AddressBookExport;
import vn.eoffice.organization.addressbook.AddressBookImport;
import vn.eoffice.platform.DomainException;

/** The address book as CSV: import with a per-row report, export, and the empty template. */
@Controller
@RequestMapping("/admin/address-book")
class AddressBookFileController {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final AddressBookImport importer;
    private final AddressBookExport exporter;

    AddressBookFileController(AddressBookImport importer, AddressBookExport exporter) {
        this.importer = importer;
        this.exporter = exporter;
    }

    @GetMapping("/import")
    String importForm(Model model) {
        return page(model);
    }

    @PostMapping("/import")
    String importFile(@RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(defaultValue = "false") boolean allOrNothing, Model model) throws IOException {
        model.addAttribute("allOrNothing", allOrNothing);
        try {
            if (file == null || file.isEmpty()) {
                throw new DomainException("addressBook.import.empty");
            }
            if (file.getSize() > AddressBookImport.MAX_BYTES) {
                throw new DomainException("addressBook.import.tooLarge", AddressBookImport.MAX_BYTES / (1024 * 1024));
            }
            model.addAttribute("report", importer.importCsv(file.getBytes(), allOrNothing));
        } catch (DomainException e) {
            model.addAttribute("errorKey", e.messageKey());
            model.addAttribute("errorArgs", e.arguments());
        }
        return page(model);
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export() {
        return csv("danh-ba-co-quan.csv", exporter.exportCsv());
    }

    @GetMapping("/template")
    ResponseEntity<byte[]> template() {
        return csv("mau-danh-ba-co-quan.csv", exporter.template());
    }

    private String page(Model model) {
        model.addAttribute("maxMegabytes", AddressBookImport.MAX_BYTES / (1024 * 1024));
        model.addAttribute("maxRows", AddressBookImport.MAX_ROWS);
        model.addAttribute("kindLabels", exporter.kindLabels());
        return "organization/address-book-import";
    }

    private static ResponseEntity<byte[]> csv(String filename, String content) {
        return ResponseEntity.ok()
                .contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(filename).build().toString())
                .body(content.getBytes(StandardCharsets.UTF_8));
    }
}
