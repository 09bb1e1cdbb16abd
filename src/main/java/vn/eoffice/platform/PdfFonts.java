package vn.eoffice.platform;

import java.io.IOException;
import java.io.InputStream;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts bundled for PDFs (the 14 standard PDF fonts cannot encode Vietnamese), embedded as subsets: DejaVu Sans
 * for tables, Liberation Serif (the metrics of Times New Roman, which Decree 30 and HD 36 ask for) for documents.
 * Glyph substitution is off: PDFBox would otherwise draw "fi" as the ligature "ﬁ", and the text copied or extracted
 * from the PDF would no longer match the word typed.
 */
public enum PdfFonts {

    SANS("/fonts/DejaVuSans.ttf"),
    SANS_BOLD("/fonts/DejaVuSans-Bold.ttf"),
    SERIF("/fonts/LiberationSerif-Regular.ttf"),
    SERIF_BOLD("/fonts/LiberationSerif-Bold.ttf"),
    SERIF_ITALIC("/fonts/LiberationSerif-Italic.ttf");

    private final String resource;

    PdfFonts(String resource) {
        this.resource = resource;
    }

    /** The font, embedded in {@code pdf}, which closes it with itself. */
    public PDType0Font load(PDDocument pdf) throws IOException {
        try (InputStream in = PdfFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing font " + resource);
            }
            var ttf = new TTFParser().parse(new RandomAccessReadBuffer(in));
            ttf.setEnableGsub(false);
            pdf.registerTrueTypeFontForClosing(ttf);
            return PDType0Font.load(pdf, ttf, true);
        }
    }
}
