package vn.eoffice.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.eoffice.ExternalTools;
import vn.eoffice.documents.exports.ExportTable;
import vn.eoffice.documents.exports.XlsxWriter;
import vn.eoffice.platform.PartyLetterhead;

/**
 * The register workbook and the consolidated report opened by LibreOffice, as a clerk would print them (one soffice
 * run converts both): the register of 30 entries on 1–2 A4 landscape pages with its header row on each page; the
 * report in the HD 36 layout, in Times New Roman, its parts in order.
 */
class PrintedExportsTests {

    /** A summary of usual length (trích yếu); the workbook grows a row for a longer one. */
    private static final String SUMMARY = "Về việc tuyên truyền kỷ niệm 72 năm Chiến thắng Điện Biên Phủ";

    @TempDir Path directory;

    @Test
    void registerPrintsLandscapeOnOneOrTwoPagesAndReportInThePartyLayout() throws Exception {
        ExternalTools.require(ExternalTools.SOFFICE, ExternalTools.PDFTOTEXT, ExternalTools.PDFINFO);
        Path xlsx = directory.resolve("so-den.xlsx");
        byte[] workbook = XlsxWriter.write(register(30));
        Files.write(xlsx, workbook);
        Path docx = directory.resolve("bao-cao.docx");
        Files.write(docx, report().bytes());

        assertThat(part(workbook, "xl/worksheets/sheet1.xml")).contains("orientation=\"landscape\"", "fitToWidth=\"1\"",
                "fitToHeight=\"0\"", "paperSize=\"9\"", "customHeight=\"1\"", "<dimension ref=\"A1:J35\"/>");
        assertThat(part(workbook, "xl/workbook.xml")).contains("_xlnm.Print_Titles");
        assertThat(part(workbook, "xl/styles.xml")).contains("Times New Roman");

        var pdfs = ExternalTools.toPdf(directory, List.of(xlsx, docx));

        int pages = Integer.parseInt(ExternalTools.pdfInfo(pdfs.get(0), "Pages"));
        assertThat(pages).isBetween(1, 2);
        var size = ExternalTools.pdfInfo(pdfs.get(0), "Page size").split(" ");
        assertThat(Double.parseDouble(size[0])).as("landscape width").isGreaterThan(Double.parseDouble(size[2]));
        String register = ExternalTools.pdfText(pdfs.get(0), false);
        assertThat(register).contains("SỔ ĐĂNG KÝ VĂN BẢN ĐẾN", "1-CV/TU", "30-CV/TU", "Chiến thắng Điện Biên Phủ");
        assertThat(register.split("Tên loại và trích yếu", -1)).as("header row on every page").hasSize(pages + 1);

        String report = ExternalTools.pdfText(pdfs.get(1), false);
        assertThat(report).containsSubsequence("TỈNH ỦY ĐIỆN BIÊN", "BAN TUYÊN GIÁO VÀ DÂN VẬN", "Số", "-BC/BTGDVTU");
        assertThat(report).containsSubsequence("ĐẢNG CỘNG SẢN VIỆT NAM", "Điện Biên, ngày", "năm 2026");
        assertThat(report).containsSubsequence("BÁO CÁO TỔNG HỢP", "Nghị quyết", "Tiến độ", "Nơi nhận:",
                "Lưu Văn phòng");
        assertThat(report).containsSubsequence("PHÓ TRƯỞNG BAN", "Lò Văn Thắng");
        var fonts = ExternalTools.run(directory, 60, "/usr/bin/pdffonts", pdfs.get(1).toString()).output();
        assertThat(fonts).as("Times New Roman or its metric twin").containsPattern("(?i)TimesNewRoman|LiberationSerif");
        assertThat(fonts).doesNotContainPattern("(?i)Carlito|Calibri|DejaVuSans");
    }

    private static ExportTable register(int entries) {
        var columns = List.of(new ExportTable.Column("Ngày đến", 9), new ExportTable.Column("Số đến", 6),
                new ExportTable.Column("Tác giả", 16), new ExportTable.Column("Số, ký hiệu", 11),
                new ExportTable.Column("Ngày tháng văn bản", 9), new ExportTable.Column("Tên loại và trích yếu", 30),
                new ExportTable.Column("Đơn vị hoặc người nhận", 14), new ExportTable.Column("Ngày chuyển", 8),
                new ExportTable.Column("Ký nhận", 8), new ExportTable.Column("Ghi chú", 10));
        var rows = new ArrayList<List<Object>>();
        for (int i = 1; i <= entries; i++) {
            rows.add(Arrays.asList(LocalDate.of(2026, 3, 2), i, "Tỉnh ủy Điện Biên", i + "-CV/TU",
                    LocalDate.of(2026, 2, 27), "Công văn: " + SUMMARY, "Phòng Tuyên truyền", null,
                    null, null));
        }
        return new ExportTable("Ban Tuyên giáo và Dân vận Tỉnh ủy Điện Biên", "SỔ ĐĂNG KÝ VĂN BẢN ĐẾN",
                "Từ ngày 01/01/2026 đến ngày 31/12/2026", columns, rows);
    }

    private static Docx report() {
        var docx = new Docx().letterhead(PartyLetterhead.of("Tỉnh ủy Điện Biên",
                "Ban Tuyên giáo và Dân vận Tỉnh ủy Điện Biên", "BC", "BTGDVTU", 2026));
        docx.heading("BÁO CÁO TỔNG HỢP TÌNH HÌNH THỰC HIỆN", 30);
        docx.heading("Nghị quyết 05-NQ/TU về công tác tuyên truyền", 28);
        docx.paragraph("I. Tiến độ các nhiệm vụ trong kế hoạch", true);
        docx.table(List.of("STT", "Nhiệm vụ", "Đơn vị chủ trì", "Thời hạn"),
                List.of(List.of("1", SUMMARY, "Phòng Tuyên truyền", "30/06/2026")));
        docx.paragraph("Các đơn vị đã báo cáo đầy đủ, đúng hạn.");
        return docx.signature(List.of("K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN"), "Lò Văn Thắng",
                List.of("Thường trực Tỉnh ủy (để báo cáo),", "Lưu Văn phòng."));
    }

    private static String part(byte[] zip, String name) throws Exception {
        Path file = Files.createTempFile("eoffice-part", ".zip");
        try {
            Files.write(file, zip);
            try (var archive = new ZipFile(file.toFile()); var in = archive.getInputStream(archive.getEntry(name))) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
