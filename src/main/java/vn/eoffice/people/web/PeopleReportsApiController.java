package vn.eoffice.people.web;

import java.io.IOException;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import vn.eoffice.identity.CurrentUser;
import vn.eoffice.people.ImportReport;
import vn.eoffice.people.PeopleExports;
import vn.eoffice.people.PeopleImport;
import vn.eoffice.people.PeopleStatistics;
import vn.eoffice.people.StaffStatistics;
import vn.eoffice.platform.ApiController;

@ApiController("/api/v1/people")
@Tag(name = "People", description = "Staff statistics (personnel office and leaders), exports and spreadsheet import"
        + " (personnel office)")
class PeopleReportsApiController {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final PeopleStatistics statistics;
    private final PeopleExports exports;
    private final PeopleImport imports;

    PeopleReportsApiController(PeopleStatistics statistics, PeopleExports exports, PeopleImport imports) {
        this.statistics = statistics;
        this.exports = exports;
        this.imports = imports;
    }

    @GetMapping("/statistics")
    @Operation(summary = "Staff statistics of the agency or of one unit: structure by unit, age band, gender,"
            + " ethnicity, political theory, education; vacant and over-filled positions; people below their"
            + " position's standards (personnel office and leaders; audited)")
    StaffStatistics statistics(@RequestParam(required = false) Long unitId, @AuthenticationPrincipal CurrentUser user,
            Locale locale) {
        return statistics.statistics(user, unitId, locale);
    }

    @GetMapping(path = "/statistics.xlsx", produces = XLSX)
    @Operation(summary = "The statistics as a workbook (personnel office only; audited)")
    ResponseEntity<byte[]> statisticsXlsx(@RequestParam(required = false) Long unitId,
            @AuthenticationPrincipal CurrentUser user, Locale locale) {
        return StatisticsController.download(exports, user, PeopleExports.Report.STATISTICS, "xlsx", unitId, locale);
    }

    @GetMapping(path = "/statistics.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The statistics as a PDF under the agency's letterhead (personnel office only; audited)")
    ResponseEntity<byte[]> statisticsPdf(@RequestParam(required = false) Long unitId,
            @AuthenticationPrincipal CurrentUser user, Locale locale) {
        return StatisticsController.download(exports, user, PeopleExports.Report.STATISTICS, "pdf", unitId, locale);
    }

    @GetMapping(path = "/export.xlsx", produces = XLSX)
    @Operation(summary = "The cadre list with dates of birth and ethnicity as a workbook (personnel office only;"
            + " audited)")
    ResponseEntity<byte[]> cadresXlsx(@RequestParam(required = false) Long unitId,
            @AuthenticationPrincipal CurrentUser user, Locale locale) {
        return StatisticsController.download(exports, user, PeopleExports.Report.CADRES, "xlsx", unitId, locale);
    }

    @GetMapping(path = "/export.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The cadre list with dates of birth and ethnicity as a PDF (personnel office only; audited)")
    ResponseEntity<byte[]> cadresPdf(@RequestParam(required = false) Long unitId,
            @AuthenticationPrincipal CurrentUser user, Locale locale) {
        return StatisticsController.download(exports, user, PeopleExports.Report.CADRES, "pdf", unitId, locale);
    }

    @GetMapping(path = "/import/template.xlsx", produces = XLSX)
    @Operation(summary = "The import template (Vietnamese headings, one example row) for PEOPLE or POSITIONS")
    ResponseEntity<byte[]> template(@RequestParam(defaultValue = "PEOPLE") PeopleImport.Kind kind,
            @AuthenticationPrincipal CurrentUser user, Locale locale) {
        return ImportController.template(imports, user, kind, locale);
    }

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import people or positions from an xlsx or csv list (at most 2 MB, 2000 rows). With"
            + " dryRun=true (the default) nothing is written and the per-row report comes back; otherwise every"
            + " valid row is written in one transaction, provided their number equals expectedValid (what the"
            + " preview reported), else nothing is written (400)")
    ImportReport importList(@RequestParam(defaultValue = "PEOPLE") PeopleImport.Kind kind,
            @RequestParam MultipartFile file, @RequestParam(defaultValue = "true") boolean dryRun,
            @RequestParam(required = false) Integer expectedValid, @AuthenticationPrincipal CurrentUser user,
            Locale locale) throws IOException {
        if (dryRun) {
            return imports.preview(user, kind, file.getBytes(), file.getOriginalFilename(), locale);
        }
        if (expectedValid == null) {
            throw new vn.eoffice.platform.DomainException("people.import.expectedMissing");
        }
        return imports.confirm(user, kind, file.getBytes(), file.getOriginalFilename(), expectedValid, locale);
    }
}
