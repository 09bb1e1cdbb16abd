package vn.eoffice.documents.exports;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Measuring, wrapping and drawing text in one font. Text is normalised to NFC (PDFBox does not compose combining
 * marks) and characters the font lacks become "?" rather than failing the whole export.
 */
final class PdfText {

    private final PDFont font;

    PdfText(PDFont font) {
        this.font = font;
    }

    String clean(String text) {
        String normal = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC)
                .replaceAll("[\\r\\n\\t\\u00a0]", " ");
        try {
            font.encode(normal);
            return normal;
        } catch (IOException | IllegalArgumentException e) {
            var safe = new StringBuilder();
            normal.codePoints().forEach(cp -> safe.append(encodable(cp) ? Character.toString(cp) : "?"));
            return safe.toString();
        }
    }

    private boolean encodable(int codePoint) {
        try {
            font.encode(Character.toString(codePoint));
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    float width(String text, float size) throws IOException {
        return font.getStringWidth(clean(text)) / 1000 * size;
    }

    void show(PDPageContentStream stream, String text, float size, float x, float y) throws IOException {
        stream.beginText();
        stream.setFont(font, size);
        stream.newLineAtOffset(x, y);
        stream.showText(clean(text));
        stream.endText();
    }

    /** Splits text into lines that fit {@code maxWidth}, breaking words that are longer than a line. */
    List<String> wrap(String text, float size, float maxWidth) throws IOException {
        var lines = new ArrayList<String>();
        var line = new StringBuilder();
        for (String word : clean(text).trim().split(" +")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(candidate, size) <= maxWidth) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            while (width(word, size) > maxWidth && word.length() > 1) {
                int cut = word.length() - 1;
                while (cut > 1 && width(word.substring(0, cut), size) > maxWidth) {
                    cut--;
                }
                lines.add(word.substring(0, cut));
                word = word.substring(cut);
            }
            line.append(word);
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
