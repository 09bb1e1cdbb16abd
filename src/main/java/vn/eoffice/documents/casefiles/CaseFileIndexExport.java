package vn.eoffice.documents.casefiles;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.eoffice.audit.AuditLog;
import vn.eoffice.documents.RegisterManagement;
import vn.eoffice.documents.exports.ExportFile;
import vn.eoffice.documents.exports.ExportFormat;
import vn.eoffice.documents.exports.ExportTable;
import vn.eoffice.documents.exports.PdfWriter;
import vn.eoffice.documents.exports.XlsxWriter;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.organization.OrganizationDirectory;

/**
 * The document index of a file (mục lục văn bản): STT, number and symbol, date, type and summary, author, sheet
 * numbers, note; only the documents the exporting person may see. Sheet numbers run on from one document to the
 * next when page counts are known.
 */
@Service
public class CaseFileIndexExport {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final String[][] COLUMNS = { { "ordinal", "4" }, { "notation", "12" }, { "documentDate", "9" },
            { "typeAndSummary", "34" }, { "author", "18" }, { "sheets", "8" }, { "note", "12" } };

    private final CaseFileManagement files;
    private final RegisterManagement registers;
    private final OrganizationDirectory organization;
    private final MessageSource messages;
    private final AuditLog audit;

    CaseFileIndexExport(CaseFileManagement files, RegisterManagement registers, OrganizationDirectory organization,
            MessageSource messages, AuditLog audit) {
        this.files = files;
        this.registers = registers;
        this.organization = organization;
        this.messages = messages;
        this.audit = audit;
    }

    @Transactional
    public ExportFile export(CurrentUser user, Long id, ExportFormat format) {
        var file = files.get(user, id);
        var contents = files.contents(user, id);
        var typeNames = new HashMap<String, String>();
        registers.types().forEach(t -> typeNames.put(t.code(), t.name()));
        var rows = new ArrayList<List<Object>>();
        int sheet = 0;
        for (var d : contents.documents()) {
            String sheets = "";
            if (d.getPageCount() != null) {
                sheets = d.getPageCount() == 1 ? String.valueOf(sheet + 1) : (sheet + 1) + "-" + (sheet + d.getPageCount());
                sheet += d.getPageCount();
            }
            rows.add(Arrays.asList(rows.size() + 1, d.getNotation(), d.getDocumentDate(),
                    typeNames.getOrDefault(d.getTypeCode(), d.getTypeCode()) + ": " + d.getSummary(),
                    d.getIssuerName(), sheets, d.getNote()));
        }
        var columns = Arrays.stream(COLUMNS)
                .map(c -> new ExportTable.Column(message("caseFile.index.column." + c[0]), Integer.parseInt(c[1])))
                .toList();
        var table = new ExportTable(organization.agency(file.getAgencyId()).name(), message("caseFile.index.heading"),
                message("caseFile.index.subtitle", file.getCode(), file.getTitle(), String.valueOf(file.getYear())),
                columns, rows);
        byte[] content = format == ExportFormat.PDF ? PdfWriter.write(table) : XlsxWriter.write(table);
        audit.record("CASE_FILE_INDEX_EXPORTED", "CASE_FILE", id, format + ", " + rows.size() + " văn bản");
        String name = "muc-luc-ho-so-" + id + "." + format.extension();
        return new ExportFile(name, format.contentType(), content);
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, VIETNAMESE);
    }
}
