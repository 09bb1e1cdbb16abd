package vn.eoffice.documents.exports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

import vn.eoffice.platform.Dates;
import vn.eoffice.platform.PdfFonts;

/**
 * Prints an {@link ExportTable} on A4 landscape pages with the embedded DejaVu Sans font (the standard PDF fonts
 * cannot encode Vietnamese): headings on the first page, the column headers repeated on every page, cells wrapped
 * to their column and "Trang x/y" at the foot of each page.
 */
public final class PdfWriter {

    static final float MARGIN = 28;
    static final float CELL_SIZE = 8.5f;
    static final float LINE = 11;
    static final float PAD = 3;

    private PdfWriter() {
    }

    public static byte[] write(ExportTable table) {
        try (var pdf = new PDDocument(); var out = new ByteArrayOutputStream()) {
            var regular = PdfFonts.SANS.load(pdf);
            var bold = PdfFonts.SANS_BOLD.load(pdf);
            new Printer(pdf, table, new PdfText(regular), new PdfText(bold)).print();
            numberPages(pdf, new PdfText(regular));
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void numberPages(PDDocument pdf, PdfText text) throws IOException {
        int total = pdf.getNumberOfPages();
        for (int i = 0; i < total; i++) {
            var page = pdf.getPage(i);
            try (var stream = new PDPageContentStream(pdf, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
                String label = "Trang " + (i + 1) + "/" + total;
                float x = (page.getMediaBox().getWidth() - text.width(label, 8)) / 2;
                text.show(stream, label, 8, x, MARGIN / 2);
            }
        }
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof LocalDate date) {
            return Dates.DATE.format(date);
        }
        return value.toString();
    }

    /** Lays out the pages one row at a time. */
    private static final class Printer {

        private final PDDocument pdf;
        private final ExportTable table;
        private final PdfText regular;
        private final PdfText bold;
        private final float[] widths;
        private final PDRectangle size = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
        private PDPageContentStream stream;
        private float y;

        Printer(PDDocument pdf, ExportTable table, PdfText regular, PdfText bold) {
            this.pdf = pdf;
            this.table = table;
            this.regular = regular;
            this.bold = bold;
            float available = size.getWidth() - 2 * MARGIN;
            int sum = table.columns().stream().mapToInt(ExportTable.Column::width).sum();
            widths = new float[table.columns().size()];
            for (int i = 0; i < widths.length; i++) {
                widths[i] = available * table.columns().get(i).width() / sum;
            }
        }

        void print() throws IOException {
            newPage();
            heading(table.agencyName(), 10, false);
            heading(table.title(), 14, true);
            heading(table.subtitle(), 10, true);
            y -= 8;
            headerRow();
            for (var cells : table.rows()) {
                List<String> texts = new ArrayList<>();
                cells.forEach(c -> texts.add(cell(c)));
                var lines = wrapAll(texts, regular);
                if (y - height(lines) < MARGIN + 8) {
                    newPage();
                    headerRow();
                }
                row(lines, regular);
            }
            stream.close();
        }

        private void newPage() throws IOException {
            if (stream != null) {
                stream.close();
            }
            var page = new PDPage(size);
            pdf.addPage(page);
            stream = new PDPageContentStream(pdf, page);
            stream.setLineWidth(0.5f);
            y = size.getHeight() - MARGIN;
        }

        private void heading(String text, float fontSize, boolean centred) throws IOException {
            if (text == null || text.isBlank()) {
                return;
            }
            var font = centred ? bold : regular;
            float x = centred ? (size.getWidth() - font.width(text, fontSize)) / 2 : MARGIN;
            y -= fontSize + 4;
            font.show(stream, text, fontSize, Math.max(MARGIN, x), y);
        }

        private void headerRow() throws IOException {
            row(wrapAll(table.columns().stream().map(ExportTable.Column::header).toList(), bold), bold);
        }

        private List<List<String>> wrapAll(List<String> texts, PdfText font) throws IOException {
            var wrapped = new ArrayList<List<String>>();
            for (int i = 0; i < widths.length; i++) {
                wrapped.add(font.wrap(i < texts.size() ? texts.get(i) : "", CELL_SIZE, widths[i] - 2 * PAD));
            }
            return wrapped;
        }

        private static float height(List<List<String>> lines) {
            return lines.stream().mapToInt(List::size).max().orElse(1) * LINE + 2 * PAD;
        }

        private void row(List<List<String>> lines, PdfText font) throws IOException {
            float h = height(lines);
            float x = MARGIN;
            for (int i = 0; i < widths.length; i++) {
                stream.addRect(x, y - h, widths[i], h);
                float lineY = y - PAD - CELL_SIZE;
                for (String line : lines.get(i)) {
                    font.show(stream, line, CELL_SIZE, x + PAD, lineY);
                    lineY -= LINE;
                }
                x += widths[i];
            }
            stream.stroke();
            y -= h;
        }
    }
}
