package vn.eoffice.files.text;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PDF text with PDFBox, buffered in temporary files rather than the heap; an encrypted or broken PDF fails with an
 * IOException that the caller records as a failed extraction. {@link ContentStreamText} reads the text;
 * PDFTextStripper, several times more expensive, is kept for a PDF that it cannot read.
 */
final class PdfText {

    private static final Logger log = LoggerFactory.getLogger(PdfText.class);

    private PdfText() {
    }

    static String extract(Path file, int maxPages) throws IOException {
        try (var document = Loader.loadPDF(file.toFile(), "", null, null, IOUtils.createTempFileOnlyStreamCache())) {
            try {
                return ContentStreamText.of(document, maxPages);
            } catch (IOException | RuntimeException e) {
                log.info("reading {} again with PDFTextStripper: {}", file.getFileName(), e.toString());
                return stripped(document, maxPages);
            }
        } catch (RuntimeException e) {
            // PDFBox signals some malformed structures with unchecked exceptions.
            throw new IOException("unreadable PDF", e);
        }
    }

    static String stripped(PDDocument document, int maxPages) throws IOException {
        var stripper = new PDFTextStripper();
        stripper.setStartPage(1);
        stripper.setEndPage(maxPages);
        // the overlap check (for fake-bold text printed twice) is quadratic per page; a word indexed twice does not
        // change what search finds
        stripper.setSuppressDuplicateOverlappingText(false);
        return stripper.getText(document);
    }
}
