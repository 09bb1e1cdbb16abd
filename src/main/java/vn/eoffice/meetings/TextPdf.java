package vn.eoffice.meetings;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Prints lines of text on A4 pages with the embedded DejaVu Sans (the standard PDF fonts cannot encode Vietnamese):
 * a line starting with "# " is a centred bold heading, "## " a bold line, "{@code >> }" a bold line centred in the
 * right half (the signature block), the rest wraps to the page width.
 */
final class TextPdf {

    private static final float MARGIN = 56;
    private static final float SIZE = 11;
    private static final float LEADING = 15;

    private TextPdf() {
    }

    static byte[] print(List<String> lines, boolean landscape) {
        try (var pdf = new PDDocument(); var out = new ByteArrayOutputStream()) {
            var regular = font(pdf, "/fonts/DejaVuSans.ttf");
            var bold = font(pdf, "/fonts/DejaVuSans-Bold.ttf");
            var box = landscape ? new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth())
                    : PDRectangle.A4;
            float width = box.getWidth() - 2 * MARGIN;
            PDPageContentStream stream = null;
            float y = 0;
            for (String raw : lines) {
                boolean heading = raw.startsWith("# ");
                boolean signature = raw.startsWith(">> ");
                boolean strong = heading || signature || raw.startsWith("## ");
                String text = heading ? raw.substring(2) : strong ? raw.substring(3) : raw;
                var font = strong ? bold : regular;
                float size = heading ? 14 : SIZE;
                float column = signature ? width / 2 : width;
                for (String line : wrap(text, font, size, column)) {
                    if (stream == null || y < MARGIN) {
                        if (stream != null) {
                            stream.close();
                        }
                        var page = new PDPage(box);
                        pdf.addPage(page);
                        stream = new PDPageContentStream(pdf, page);
                        y = box.getHeight() - MARGIN;
                    }
                    float centred = (column - font.getStringWidth(line) / 1000 * size) / 2;
                    float x = heading ? MARGIN + centred : signature ? MARGIN + width / 2 + centred : MARGIN;
                    stream.beginText();
                    stream.setFont(font, size);
                    stream.newLineAtOffset(x, y);
                    stream.showText(line);
                    stream.endText();
                    y -= heading ? LEADING + 6 : LEADING;
                }
            }
            if (stream != null) {
                stream.close();
            }
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> wrap(String text, PDType0Font font, float size, float width) throws IOException {
        var result = new ArrayList<String>();
        for (String paragraph : text.replace("\r", "").replace("\t", " ").split("\n", -1)) {
            var line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * size > width) {
                    result.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            result.add(line.toString());
        }
        return result;
    }

    private static PDType0Font font(PDDocument pdf, String resource) throws IOException {
        try (InputStream in = TextPdf.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing font " + resource);
            }
            return PDType0Font.load(pdf, in, true);
        }
    }
}
