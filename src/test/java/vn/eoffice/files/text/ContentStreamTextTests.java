package vn.eoffice.files.text;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDTrueTypeFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.font.encoding.WinAnsiEncoding;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ContentStreamTextTests {

    private static final String RESOLUTION = "Nghị quyết số 12-NQ/TU về công tác tuyên giáo và dân vận của Đảng ủy";

    @Test
    void readsVietnameseFromAnEmbeddedTrueTypeFont() throws IOException {
        byte[] pdf = pdf((document, content) -> {
            var font = dejaVu(document);
            lines(content, font, 12, 50, 700, 16, RESOLUTION, "Tỉnh ủy Điện Biên, ngày 03 tháng 02 năm 2026");
        });
        assertThat(text(pdf)).isEqualTo(RESOLUTION + "\nTỉnh ủy Điện Biên, ngày 03 tháng 02 năm 2026\n");
        assertSameWordsAsPdfTextStripper(pdf);
    }

    @Test
    void readsStandardAndSimpleTrueTypeFontsLineByLine() throws IOException {
        byte[] pdf = pdf((document, content) -> {
            var helvetica = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            lines(content, helvetica, 10, 50, 700, 12, "Bao cao ket qua", "cong tac dan van", "quy 1 nam 2026");
            try (InputStream ttf = ContentStreamTextTests.class.getResourceAsStream("/fonts/DejaVuSans.ttf")) {
                var winAnsi = PDTrueTypeFont.load(document, ttf, WinAnsiEncoding.INSTANCE);
                lines(content, winAnsi, 10, 50, 600, 12, "Thông báo Tài chính");
            }
        });
        assertThat(text(pdf).lines()).containsExactly("Bao cao ket qua", "cong tac dan van", "quy 1 nam 2026",
                "Thông báo Tài chính");
        assertSameWordsAsPdfTextStripper(pdf);
    }

    @Test
    void spacesWordsApartOnGapsButNotOnKerning() throws IOException {
        byte[] pdf = pdf((document, content) -> {
            var font = dejaVu(document);
            content.beginText();
            content.setFont(font, 12);
            content.newLineAtOffset(50, 700);
            content.showTextWithPositioning(new Object[] { "Ngh", 40f, "ị", -30f, " quy", 25f, "ết", -1500f, "số" });
            content.newLineAtOffset(0, -20);
            content.showText("Ban");
            content.newLineAtOffset(40, 0);
            content.showText("Tuy");
            content.newLineAtOffset(font.getStringWidth("Tuy") / 1000 * 12, 0);
            content.showText("ên");
            content.endText();
        });
        assertThat(text(pdf).lines()).containsExactly("Nghị quyết số", "Ban Tuyên");
        assertSameWordsAsPdfTextStripper(pdf);
    }

    @Test
    void keepsTheLinesOfTwoColumnsApart() throws IOException {
        var left = List.of("Phần thứ nhất: tình hình", "tư tưởng cán bộ, đảng viên", "trên địa bàn tỉnh");
        var right = List.of("Phần thứ hai: nhiệm vụ", "tuyên truyền kỷ niệm", "Ngày thành lập Đảng");
        byte[] columnByColumn = pdf((document, content) -> {
            var font = dejaVu(document);
            lines(content, font, 10, 50, 700, 14, left.toArray(String[]::new));
            lines(content, font, 10, 320, 700, 14, right.toArray(String[]::new));
        });
        assertThat(text(columnByColumn).lines()).containsExactlyElementsOf(
                java.util.stream.Stream.concat(left.stream(), right.stream()).toList());
        assertSameWordsAsPdfTextStripper(columnByColumn);

        byte[] rowByRow = pdf((document, content) -> {
            var font = dejaVu(document);
            for (int row = 0; row < left.size(); row++) {
                lines(content, font, 10, 50, 700 - 14 * row, 14, left.get(row));
                lines(content, font, 10, 320, 700 - 14 * row, 14, right.get(row));
            }
        });
        assertThat(text(rowByRow).lines()).containsExactly("Phần thứ nhất: tình hình Phần thứ hai: nhiệm vụ",
                "tư tưởng cán bộ, đảng viên tuyên truyền kỷ niệm", "trên địa bàn tỉnh Ngày thành lập Đảng");
        assertSameWordsAsPdfTextStripper(rowByRow);
    }

    @Test
    void readsRotatedAndRaisedText() throws IOException {
        byte[] pdf = pdf((document, content) -> {
            var font = dejaVu(document);
            content.beginText();
            content.setFont(font, 12);
            content.setTextMatrix(Matrix.getRotateInstance(Math.PI / 2, 500, 100));
            content.showText("Văn bản xoay dọc trang");
            content.setTextMatrix(Matrix.getTranslateInstance(50, 700));
            content.showText("Ghi chú");
            content.setTextRise(4);
            content.showText("1");
            content.setTextRise(0);
            content.showText(" cuối trang");
            content.endText();
        });
        // PDFTextStripper, unsorted, cuts the rotated line into pieces of two letters: no word comparison here
        assertThat(text(pdf).lines()).containsExactly("Văn bản xoay dọc trang", "Ghi chú1 cuối trang");
    }

    @Test
    void readsVerticalWriting() throws IOException {
        byte[] pdf = pdf((document, content) -> {
            PDFont font;
            try (InputStream ttf = ContentStreamTextTests.class.getResourceAsStream("/fonts/DejaVuSans.ttf")) {
                font = PDType0Font.loadVertical(document, ttf);
            }
            lines(content, font, 12, 300, 700, 0, "Đảng ủy");
            lines(content, font, 12, 200, 700, 0, "xã Tuần Giáo");
        });
        // PDFTextStripper puts every letter of vertical writing on a line of its own
        assertThat(text(pdf).lines()).containsExactly("Đảng ủy", "xã Tuần Giáo");
    }

    @Test
    void takesActualTextAndMergesAccentsAsPdfTextStripperDoes() throws IOException {
        byte[] pdf = pdf((document, content) -> {
            var helvetica = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            var properties = new COSDictionary();
            properties.setItem(COSName.ACTUAL_TEXT, new COSString("ﬁnal"));
            content.beginText();
            content.setFont(helvetica, 12);
            content.newLineAtOffset(50, 700);
            content.beginMarkedContent(COSName.getPDFName("Span"), PDPropertyList.create(properties));
            content.showText("F-I-N-A-L");
            content.endMarkedContent();
            content.showTextWithPositioning(new Object[] { " cafe", 400f, "\u00B4", -400f, " noir" });
            content.endText();
        });
        assertThat(text(pdf)).isEqualTo("final cafe\u0301 noir\n");
        assertSameWordsAsPdfTextStripper(pdf);
    }

    @Test
    void findsEveryWordOfTheBenchmarkPdf() throws IOException {
        var random = new Random(42);
        byte[] pdf = pdf(3, (document, content) -> {
            var lines = new String[90];
            for (int line = 0; line < lines.length; line++) {
                var words = new StringBuilder("Bao cao tuyen giao ");
                for (int w = 0; w < 12; w++) {
                    words.append(Long.toString(random.nextLong() & 0xffffffL, 36)).append(' ');
                }
                lines[line] = words.toString();
            }
            lines(content, new PDType1Font(Standard14Fonts.FontName.HELVETICA), 8, 30, 770, 8.5f, lines);
        });
        String text = text(pdf);
        assertThat(text.lines()).hasSize(270).allMatch(line -> line.startsWith("Bao cao tuyen giao "));
        assertThat(words(text)).isEqualTo(words(stripped(pdf)));
    }

    @Test
    void fallsBackToHelveticaWhenTheFontIsMissing() throws IOException {
        byte[] pdf = pdf((document, content) -> {
            content.beginText();
            content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
            content.newLineAtOffset(50, 700);
            content.showText("Bao cao");
            content.endText();
        });
        byte[] missingFont = new String(pdf, StandardCharsets.ISO_8859_1).replace("/F1 12 Tf", "/F9 12 Tf")
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThat(text(missingFont)).isEqualTo("Bao cao\n");
    }

    @Test
    void readsOnlyTheFirstPages() throws IOException {
        byte[] pdf = pdf(3, (document, content) -> lines(content,
                new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12, 50, 700, 14, "Trang"));
        try (var document = Loader.loadPDF(pdf)) {
            assertThat(ContentStreamText.of(document, 2)).isEqualTo("Trang\nTrang\n");
        }
    }

    private static void assertSameWordsAsPdfTextStripper(byte[] pdf) throws IOException {
        Map<String, Long> ours = words(text(pdf));
        words(stripped(pdf)).forEach((word, count) -> assertThat(ours.getOrDefault(word, 0L))
                .as("occurrences of %s", word).isGreaterThanOrEqualTo(count));
    }

    private static Map<String, Long> words(String text) {
        return Arrays.stream(text.strip().split("\\s+"))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    private static String text(byte[] pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            return ContentStreamText.of(document, TextExtractor.MAX_PDF_PAGES);
        }
    }

    private static String stripped(byte[] pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            return PdfText.stripped(document, TextExtractor.MAX_PDF_PAGES);
        }
    }

    private static PDFont dejaVu(PDDocument document) throws IOException {
        try (InputStream ttf = ContentStreamTextTests.class.getResourceAsStream("/fonts/DejaVuSans.ttf")) {
            return PDType0Font.load(document, ttf);
        }
    }

    private static void lines(PDPageContentStream content, PDFont font, float size, float x, float y, float leading,
            String... lines) throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        for (String line : lines) {
            content.showText(line);
            content.newLineAtOffset(0, -leading);
        }
        content.endText();
    }

    private interface Drawing {
        void draw(PDDocument document, PDPageContentStream content) throws IOException;
    }

    private static byte[] pdf(Drawing drawing) throws IOException {
        return pdf(1, drawing);
    }

    private static byte[] pdf(int pages, Drawing drawing) throws IOException {
        try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            for (int i = 0; i < pages; i++) {
                var page = new PDPage();
                document.addPage(page);
                try (var content = new PDPageContentStream(document, page)) {
                    drawing.draw(document, content);
                }
            }
            document.save(out);
            return out.toByteArray();
        }
    }
}
