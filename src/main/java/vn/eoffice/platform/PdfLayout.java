package vn.eoffice.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Lays out a Party or administrative paper on A4 in Times-metric Liberation Serif, top to bottom: the HD 36
 * letterhead, centred titles, paragraphs, a table whose header row repeats on each page, and the signature block
 * beside "Nơi nhận". Margins follow Decree 30 (left 30 mm, others 20 mm). Text is drawn as typed (NFC, no
 * ligatures), so pdftotext gives it back.
 */
public final class PdfLayout {

    public enum Style { REGULAR, BOLD, ITALIC }

    private static final float MM = 72f / 25.4f;

    private final PDDocument pdf = new PDDocument();
    private final PDRectangle box;
    private final float left;
    private final float right;
    private final PDType0Font[] fonts = new PDType0Font[3];
    private PDPageContentStream stream;
    private float y;

    private PdfLayout(boolean landscape) {
        box = landscape ? new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()) : PDRectangle.A4;
        left = (landscape ? 20 : 30) * MM;
        right = box.getWidth() - 20 * MM;
        try {
            fonts[0] = PdfFonts.SERIF.load(pdf);
            fonts[1] = PdfFonts.SERIF_BOLD.load(pdf);
            fonts[2] = PdfFonts.SERIF_ITALIC.load(pdf);
            newPage();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static PdfLayout a4(boolean landscape) {
        return new PdfLayout(landscape);
    }

    /** The two-column heading of HD 36; {@code dateLine} as {@link PartyLetterhead#dateLine()} gives it. */
    public PdfLayout letterhead(PartyLetterhead head, String dateLine) {
        float middle = left + (right - left) * 0.45f;
        float top = y;
        float l = column(List.of(head.superiorLine()), Style.REGULAR, 13, left, middle, top);
        l = column(List.of(head.issuerLine()), Style.BOLD, 13, left, middle, l);
        l = column(List.of("*"), Style.REGULAR, 13, left, middle, l);
        if (!head.numberLine().isEmpty()) {
            l = column(List.of(head.numberLine()), Style.REGULAR, 13, left, middle, l);
        }
        float r = column(List.of(PartyLetterhead.PARTY), Style.BOLD, 14, middle, right, top);
        float partyWidth = width(PartyLetterhead.PARTY, Style.BOLD, 14);
        float underlineX = middle + (right - middle - partyWidth) / 2;
        draw(() -> {
            stream.moveTo(underlineX, r + 3);
            stream.lineTo(underlineX + partyWidth, r + 3);
            stream.stroke();
        });
        float rr = column(List.of(dateLine), Style.ITALIC, 13, middle, right, r - 8);
        y = Math.min(l, rr) - 14;
        return this;
    }

    public PdfLayout centred(String text, Style style, float size) {
        y = column(List.of(text), style, size, left, right, y);
        return this;
    }

    public PdfLayout paragraph(String text, Style style, float size) {
        for (String line : wrap(text, style, size, right - left)) {
            breakIfBelow(size * 1.3f);
            float lineY = y;
            draw(() -> show(line, style, size, left, lineY - size));
            y -= size * 1.35f;
        }
        return this;
    }

    public PdfLayout space(float points) {
        y -= points;
        return this;
    }

    /** A bordered table; {@code widths} are relative; the header row is repeated on each new page. */
    public PdfLayout table(List<String> headers, float[] widths, List<List<String>> rows, float size) {
        float sum = 0;
        for (float w : widths) {
            sum += w;
        }
        float[] absolute = new float[widths.length];
        for (int i = 0; i < widths.length; i++) {
            absolute[i] = (right - left) * widths[i] / sum;
        }
        row(headers, absolute, Style.BOLD, size);
        for (var cells : rows) {
            if (y - height(cells, absolute, size) < 20 * MM) {
                newPage();
                row(headers, absolute, Style.BOLD, size);
            }
            row(cells, absolute, Style.REGULAR, size);
        }
        return this;
    }

    /** "Nơi nhận" bottom left beside the signature block (authority and title, room to sign, name) on the right. */
    public PdfLayout signatureAndRecipients(List<String> authority, String name, List<String> recipients) {
        breakIfBelow(150);
        float middle = left + (right - left) * 0.45f;
        float top = y;
        float r = column(authority, Style.BOLD, 14, middle, right, top);
        r = column(List.of(name), Style.BOLD, 14, middle, right, r - 70);
        float l = top;
        if (!recipients.isEmpty()) {
            float at = l;
            draw(() -> show("Nơi nhận:", Style.BOLD, 12, left, at - 12));
            l -= 12 * 1.3f;
            for (String recipient : recipients) {
                for (String line : wrap("- " + recipient, Style.REGULAR, 11, middle - left - 10)) {
                    float lineY = l;
                    draw(() -> show(line, Style.REGULAR, 11, left, lineY - 11));
                    l -= 11 * 1.3f;
                }
            }
        }
        y = Math.min(l, r);
        return this;
    }

    public byte[] bytes() {
        try (pdf; var out = new ByteArrayOutputStream()) {
            stream.close();
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private interface Drawing {
        void run() throws IOException;
    }

    private void draw(Drawing drawing) {
        try {
            drawing.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void newPage() {
        draw(() -> {
            if (stream != null) {
                stream.close();
            }
            var page = new PDPage(box);
            pdf.addPage(page);
            stream = new PDPageContentStream(pdf, page);
            stream.setLineWidth(0.5f);
            y = box.getHeight() - 20 * MM;
        });
    }

    private void breakIfBelow(float needed) {
        if (y - needed < 20 * MM) {
            newPage();
        }
    }

    /** Lines centred between {@code from} and {@code to}, starting at {@code top}; returns the y below them. */
    private float column(List<String> texts, Style style, float size, float from, float to, float top) {
        float at = top;
        for (String text : texts) {
            for (String line : wrap(text, style, size, to - from)) {
                float x = from + (to - from - width(line, style, size)) / 2;
                float lineY = at;
                draw(() -> show(line, style, size, x, lineY - size));
                at -= size * 1.3f;
            }
        }
        return at;
    }

    private float height(List<String> cells, float[] widths, float size) {
        int lines = 1;
        for (int i = 0; i < widths.length; i++) {
            lines = Math.max(lines, wrap(i < cells.size() ? cells.get(i) : "", Style.REGULAR, size, widths[i] - 6)
                    .size());
        }
        return lines * size * 1.25f + 6;
    }

    private void row(List<String> cells, float[] widths, Style style, float size) {
        float h = height(cells, widths, size);
        draw(() -> {
            float x = left;
            for (int i = 0; i < widths.length; i++) {
                stream.addRect(x, y - h, widths[i], h);
                float lineY = y - 3 - size;
                for (String line : wrap(i < cells.size() ? cells.get(i) : "", style, size, widths[i] - 6)) {
                    float lineX = style == Style.BOLD ? x + (widths[i] - width(line, style, size)) / 2 : x + 3;
                    show(line, style, size, lineX, lineY);
                    lineY -= size * 1.25f;
                }
                x += widths[i];
            }
            stream.stroke();
        });
        y -= h;
    }

    private void show(String text, Style style, float size, float x, float atY) throws IOException {
        if (text.isEmpty()) {
            return;
        }
        stream.beginText();
        stream.setFont(fonts[style.ordinal()], size);
        stream.newLineAtOffset(x, atY);
        stream.showText(text);
        stream.endText();
    }

    private float width(String text, Style style, float size) {
        try {
            return fonts[style.ordinal()].getStringWidth(text) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Text the font can draw: NFC (PDFBox does not compose marks), characters it lacks as "?". */
    private String clean(String text, Style style) {
        String normal = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC).replace('\t', ' ')
                .replace('\u00a0', ' ');
        if (drawable(normal.replace("\n", ""), style)) {
            return normal;
        }
        var out = new StringBuilder();
        normal.codePoints().forEach(cp -> out.append(cp == '\n' || drawable(Character.toString(cp), style)
                ? Character.toString(cp) : "?"));
        return out.toString();
    }

    private boolean drawable(String text, Style style) {
        try {
            fonts[style.ordinal()].encode(text);
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    /** Lines of at most {@code max} points, broken between words (inside a word longer than a line). */
    private List<String> wrap(String text, Style style, float size, float max) {
        var lines = new ArrayList<String>();
        for (String paragraph : clean(text, style).split("\\r?\\n", -1)) {
            var line = new StringBuilder();
            for (String word : paragraph.split(" +")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (width(candidate, style, size) <= max || candidate.length() <= 1) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                while (word.length() > 1 && width(word, style, size) > max) {
                    int cut = word.length() - 1;
                    while (cut > 1 && width(word.substring(0, cut), style, size) > max) {
                        cut--;
                    }
                    lines.add(word.substring(0, cut));
                    word = word.substring(cut);
                }
                line.append(word);
            }
            lines.add(line.toString());
        }
        return lines;
    }
}
