package vn.eoffice.documents.exports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ExportWriterTests {

    private static final String LONG = "Về việc tổ chức tuyên truyền kỷ niệm 70 năm Chiến thắng Điện Biên Phủ "
            + "lừng lẫy năm châu, chấn động địa cầu, và các hoạt động văn hóa, văn nghệ, thể thao chào mừng "
            + "trên địa bàn toàn tỉnh Điện Biên trong năm";

    @Test
    void longTablesRunOverSeveralNumberedPagesAndWrapLongSummaries() throws Exception {
        var rows = new ArrayList<List<Object>>();
        for (int i = 1; i <= 60; i++) {
            rows.add(Arrays.asList(LocalDate.of(2026, 3, 1), i, "Tỉnh ủy Điện Biên", i + "-CV/TU",
                    LocalDate.of(2026, 2, 27), LONG + " " + i, null));
        }
        var pdf = ExportReading.pdf(PdfWriter.write(table(rows)));
        assertThat(pdf.pages()).isGreaterThan(1);
        assertThat(pdf.landscape()).isTrue();
        assertThat(pdf.text()).contains("Trang 1/" + pdf.pages(), "Trang " + pdf.pages() + "/" + pdf.pages(),
                "01/03/2026", "Chiến thắng", "chấn động");
        // the header row is repeated on each page
        assertThat(pdf.text().split("Ngày đến", -1)).hasSize(pdf.pages() + 1);
    }

    @Test
    void charactersTheFontLacksDoNotBreakTheExport() throws Exception {
        var rows = List.<List<Object>>of(Arrays.asList(null, 1, "\u0000\uD83D\uDE00 Sở Y tế", "x\ty", null,
                "Cafe\u0301 tiếng Việt", "ghi chú"));
        var text = ExportReading.pdf(PdfWriter.write(table(rows))).text();
        assertThat(text).contains("Sở Y tế", "Café tiếng Việt");
    }

    @Test
    void xlsxHasABoldHeaderRowAndDatesFormattedTheVietnameseWay() throws Exception {
        var rows = List.<List<Object>>of(Arrays.asList(LocalDate.of(2026, 11, 26), 7, "Ban Tuyên giáo", "1-KH",
                null, "Kế hoạch", "Ghi chú"));
        byte[] xlsx = XlsxWriter.write(table(rows));
        var read = ExportReading.xlsx(xlsx);
        assertThat(read).anySatisfy(r -> assertThat(r).startsWith("Ngày đến", "Số đến"));
        assertThat(read.get(read.size() - 1)).contains("7", "Ban Tuyên giáo", "Kế hoạch");
        String styles = new String(unzip(xlsx, "xl/styles.xml"), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(styles).contains("dd/mm/yyyy").containsPattern("<b ?/>|<b>|<b val=\"(1|true)\"");
    }

    private static ExportTable table(List<List<Object>> rows) {
        var columns = List.of(new ExportTable.Column("Ngày đến", 9), new ExportTable.Column("Số đến", 6),
                new ExportTable.Column("Tác giả", 16), new ExportTable.Column("Số, ký hiệu", 11),
                new ExportTable.Column("Ngày tháng văn bản", 9), new ExportTable.Column("Tên loại và trích yếu", 30),
                new ExportTable.Column("Ghi chú", 10));
        return new ExportTable("Ban Tuyên giáo và Dân vận Tỉnh ủy Điện Biên", "SỔ ĐĂNG KÝ VĂN BẢN ĐẾN",
                "Từ ngày 01/01/2026 đến ngày 31/12/2026", columns, rows);
    }

    private static byte[] unzip(byte[] zip, String name) throws Exception {
        var temp = java.nio.file.Files.createTempFile("x", ".zip");
        try {
            java.nio.file.Files.write(temp, zip);
            try (var file = new java.util.zip.ZipFile(temp.toFile()); var in = file.getInputStream(file.getEntry(name))) {
                return in.readAllBytes();
            }
        } finally {
            java.nio.file.Files.deleteIfExists(temp);
        }
    }
}
