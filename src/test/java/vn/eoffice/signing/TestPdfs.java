package vn.eoffice.signing;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.rendering.PDFRenderer;

/** Test PDFs with Vietnamese text (DejaVu), and poppler's pdfsig as an independent verifier. */
final class TestPdfs {

    static final String TITLE = "PHÓ TRƯỞNG BAN THƯỜNG TRỰC";
    static final String NAME = "Lò Văn Thắng";

    private TestPdfs() {
    }

    /** An A4 document of the given pages; the last page ends with the signature block: title, space, name. */
    static byte[] document(int pages) {
        return document(pages, NAME);
    }

    static byte[] document(int pages, String signerName) {
        try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            PDType0Font font;
            try (var ttf = TestPdfs.class.getResourceAsStream("/fonts/DejaVuSans.ttf")) {
                font = PDType0Font.load(document, ttf, true);
            }
            for (int i = 1; i <= pages; i++) {
                var page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (var content = new PDPageContentStream(document, page)) {
                    text(content, font, 13, 72, 780, "BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY ĐIỆN BIÊN");
                    text(content, font, 12, 72, 740, "Về việc tổng kết công tác tuyên truyền năm 2026 – trang " + i);
                    if (i == pages) {
                        text(content, font, 12, 330, 300, "TM. BAN THƯỜNG VỤ");
                        text(content, font, 12, 330, 285, TITLE);
                        text(content, font, 12, 350, 200, signerName);
                    }
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void text(PDPageContentStream content, PDType0Font font, float size, float x, float y,
            String text) throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }

    static BufferedImage render(byte[] pdf, int pageIndex) {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFRenderer(document).renderImageWithDPI(pageIndex, 72);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean pdfsigAvailable() {
        return Files.isExecutable(Path.of("/usr/bin/pdfsig"));
    }

    /** pdfsig's report of the file (it exits non-zero on invalid signatures; the text tells which). */
    static String pdfsig(byte[] pdf) {
        try {
            Path file = Files.createTempFile("signed", ".pdf");
            try {
                Files.write(file, pdf);
                var process = new ProcessBuilder(List.of("/usr/bin/pdfsig", file.toString()))
                        .redirectErrorStream(true).start();
                String output = new String(process.getInputStream().readAllBytes());
                process.waitFor(60, TimeUnit.SECONDS);
                return output;
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static List<String> validations(String pdfsigOutput) {
        var found = new ArrayList<String>();
        for (String line : pdfsigOutput.split("\n")) {
            if (line.contains("Signature Validation:")) {
                found.add(line.substring(line.indexOf(':') + 1).trim());
            }
        }
        return found;
    }
}
