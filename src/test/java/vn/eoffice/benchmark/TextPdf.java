package vn.eoffice.benchmark;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The attachment of the documents benchmark, about {@code size} bytes. By default ({@code -Dbench.pdf=report}) it is a
 * report as a commission receives it: A4 pages of Vietnamese prose with diacritics from {@link Generator}, in an
 * embedded Unicode font. {@code -Dbench.pdf=random} gives the earlier worst case: random base-36 words in Helvetica,
 * which resist compression and give the index a new term for nearly every word.
 */
final class TextPdf {

    private static final float MARGIN = 60;
    private static final float FONT_SIZE = 12;
    private static final float LEADING = 16;
    private static final int LINE = 78;

    private TextPdf() {
    }

    static byte[] of(int size) throws IOException {
        return "random".equals(System.getProperty("bench.pdf", "report")) ? random(size) : report(size);
    }

    /** Marks the text a reader finds in {@link #of}'s PDF, whichever kind it is. */
    static String marker() {
        return "random".equals(System.getProperty("bench.pdf", "report")) ? "Bao cao tuyen giao" : "BÁO CÁO";
    }

    /** Builds the report with one page more until it weighs {@code size} (a subset font is written once per save). */
    private static byte[] report(int size) throws IOException {
        byte[] font;
        try (var in = TextPdf.class.getResourceAsStream("/fonts/DejaVuSans.ttf")) {
            font = in.readAllBytes();
        }
        byte[] pdf = new byte[0];
        for (int pages = 1; pdf.length < size; pages++) {
            pdf = report(font, pages);
        }
        return pdf;
    }

    private static byte[] report(byte[] fontFile, int pages) throws IOException {
        var random = new Random(42);
        try (var document = new PDDocument()) {
            PDFont font = PDType0Font.load(document, new ByteArrayInputStream(fontFile));
            long paragraph = 0;
            var lines = new ArrayList<String>(List.of("BÁO CÁO", Generator.summary(0), ""));
            for (int p = 0; p < pages; p++) {
                var page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                int perPage = (int) ((page.getMediaBox().getHeight() - 2 * MARGIN) / LEADING);
                while (lines.size() < perPage) {
                    lines.addAll(wrap(Generator.paragraph(paragraph++, random)));
                }
                try (var content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(font, FONT_SIZE);
                    content.setLeading(LEADING);
                    content.newLineAtOffset(MARGIN, page.getMediaBox().getHeight() - MARGIN);
                    for (String line : lines.subList(0, perPage)) {
                        content.showText(line);
                        content.newLine();
                    }
                    content.endText();
                }
                lines = new ArrayList<>(lines.subList(perPage, lines.size()));
            }
            var out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    /** Lines of at most {@link #LINE} characters: in 12 pt DejaVu Sans they fit the A4 text width. */
    private static List<String> wrap(String paragraph) {
        var lines = new ArrayList<String>();
        var line = new StringBuilder();
        for (String word : paragraph.split(" ")) {
            if (!line.isEmpty() && line.length() + 1 + word.length() > LINE) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.isEmpty() ? "" : " ").append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    private static byte[] random(int size) throws IOException {
        var random = new Random(42);
        try (var document = new PDDocument()) {
            var out = new ByteArrayOutputStream();
            while (out.size() < size) {
                var page = new PDPage();
                document.addPage(page);
                try (var content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 8);
                    content.newLineAtOffset(30, 770);
                    for (int line = 0; line < 90; line++) {
                        var words = new StringBuilder("Bao cao tuyen giao ");
                        for (int w = 0; w < 12; w++) {
                            words.append(Long.toString(random.nextLong() & 0xffffffL, 36)).append(' ');
                        }
                        content.showText(words.toString());
                        content.newLineAtOffset(0, -8.5f);
                    }
                    content.endText();
                }
                out.reset();
                document.save(out);
            }
            return out.toByteArray();
        }
    }
}
