package vn.eoffice.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.eoffice.ExternalTools;

/**
 * Papers laid out by {@link PdfLayout} read back with poppler's pdftotext as typed ("file", not the ligature "ﬁ";
 * Vietnamese with its diacritics), the HD 36 letterhead and the signature block in their places, a long table on
 * several pages with its header repeated.
 */
class PdfLayoutTests {

    @TempDir Path directory;

    @Test
    void partyNoticeExtractsAsTypedInTheOrderOfTheLayout() throws Exception {
        ExternalTools.require(ExternalTools.PDFTOTEXT, ExternalTools.PDFINFO);
        var head = PartyLetterhead.of("Tỉnh ủy Điện Biên", "Ban Tuyên giáo và Dân vận Tỉnh ủy Điện Biên", "TB",
                "BTGDVTU", 2026);
        byte[] pdf = PdfLayout.a4(false).letterhead(head, head.dateLine())
                .centred("THÔNG BÁO", PdfLayout.Style.BOLD, 15)
                .centred("Kết luận của đồng chí Lò Văn Thắng tại cuộc họp giao ban", PdfLayout.Style.BOLD, 14)
                .paragraph("1. Các phòng gửi file báo cáo sơ kết việc thực hiện Nghị quyết số 05-NQ/TU, ghi rõ"
                        + " hiệu quả và những khó khăn.", PdfLayout.Style.REGULAR, 14)
                .signatureAndRecipients(List.of("K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN"), "Lò Văn Thắng",
                        List.of("Phòng Tuyên truyền, Báo chí – Xuất bản,", "Lưu Văn phòng."))
                .bytes();
        String text = ExternalTools.pdfText(write("thong-bao.pdf", pdf), false);

        assertThat(text).contains("file", "Nghị quyết", "hiệu quả", "khó khăn").doesNotContain("\uFB01", "\uFB02");
        assertThat(text).containsSubsequence("TỈNH ỦY ĐIỆN BIÊN", "BAN TUYÊN GIÁO VÀ DÂN VẬN", "*", "-TB/BTGDVTU");
        assertThat(text).containsSubsequence("ĐẢNG CỘNG SẢN VIỆT NAM", "Điện Biên, ngày", "năm 2026");
        assertThat(text).containsSubsequence("THÔNG BÁO", "Kết luận của đồng chí", "1. Các phòng");
        assertThat(text).containsSubsequence("K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "Lò Văn Thắng");
        assertThat(text).containsSubsequence("Nơi nhận:", "- Phòng Tuyên truyền", "- Lưu Văn phòng.");
    }

    @Test
    void longTableRunsOverPagesWithItsHeaderRepeated() throws Exception {
        ExternalTools.require(ExternalTools.PDFTOTEXT, ExternalTools.PDFINFO);
        var rows = new ArrayList<List<String>>();
        for (int i = 1; i <= 60; i++) {
            rows.add(List.of("Thứ Hai\n" + i + "/12/2026", "08:00", "Họp giao ban số " + i + " về file kế hoạch",
                    "Lò Văn Thắng", "Phòng họp số 1"));
        }
        var head = PartyLetterhead.of("Tỉnh ủy Điện Biên", "Ban Tuyên giáo và Dân vận Tỉnh ủy Điện Biên", null,
                "BTGDVTU", 2026);
        byte[] pdf = PdfLayout.a4(true).letterhead(head, head.dateLine(LocalDate.of(2026, 12, 7)))
                .centred("LỊCH CÔNG TÁC TUẦN", PdfLayout.Style.BOLD, 15)
                .table(List.of("Thứ, ngày", "Thời gian", "Nội dung công việc", "Lãnh đạo", "Địa điểm"),
                        new float[] { 12, 8, 50, 18, 22 }, rows, 12)
                .bytes();
        Path file = write("lich.pdf", pdf);
        int pages = Integer.parseInt(ExternalTools.pdfInfo(file, "Pages"));
        String text = ExternalTools.pdfText(file, true);

        assertThat(pages).isGreaterThan(1);
        assertThat(text.split("Nội dung công việc", -1)).hasSize(pages + 1);
        assertThat(text).contains("Điện Biên, ngày 07 tháng 12 năm 2026", "Họp giao ban số 60 về file kế hoạch")
                .doesNotContain("Số ");
    }

    private Path write(String name, byte[] pdf) throws Exception {
        Path file = directory.resolve(name);
        Files.write(file, pdf);
        return file;
    }
}
