package vn.eoffice.files.text;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * PDF text with PDFBox, buffered in temporary files rather than the heap; an encrypted or broken PDF fails with an
 * IOException that the caller records as a failed extraction.
 */
final class PdfText {

    private PdfText() {
    }

    static String extract(Path file, int maxPages) throws IOException {
        try (var document = Loader.loadPDF(file.toFile(), "", null, null, IOUtils.createTempFileOnlyStreamCache())) {
            var stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(maxPages);
            // the overlap check (for fake-bold text printed twice) is quadratic per page and dominated the CPU of
            // extraction; a word indexed twice does not change what search finds
            stripper.setSuppressDuplicateOverlappingText(false);
            return stripper.getText(document);
        } catch (RuntimeException e) {
            // PDFBox signals some malformed structures with unchecked exceptions.
            throw new IOException("unreadable PDF", e);
        }
    }
}
