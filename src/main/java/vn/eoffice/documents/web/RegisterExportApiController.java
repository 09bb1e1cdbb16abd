package vn.eoffice.documents.web;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import vn.eoffice.documents.exports.ExportFormat;
import vn.eoffice.documents.exports.RegisterExport;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.platform.ApiController;

@ApiController("/api/v1/registers")
@Tag(name = "Registers")
class RegisterExportApiController {

    private final RegisterExport exports;

    RegisterExportApiController(RegisterExport exports) {
        this.exports = exports;
    }

    @GetMapping("/{id}/export")
    @Operation(summary = "Export a register for a period (default: this year) as PDF or XLSX, Decree 30 columns; "
            + "clerks and leaders only; documents the caller may not see are left out")
    ResponseEntity<byte[]> export(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @RequestParam(defaultValue = "pdf") String format,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return RegisterExportController.download(exports.export(user, id, from, to, ExportFormat.parse(format)));
    }
}
