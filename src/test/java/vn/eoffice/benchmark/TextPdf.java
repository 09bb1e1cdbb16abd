package vn.eoffice.benchmark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The text-heavy PDF of the documents benchmark: pages of random base-36 words until it weighs about {@code size}
 * bytes (random words resist compression).
 */
final class TextPdf {

    private TextPdf() {
    }

    static byte[] of(int size) throws IOException {
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
