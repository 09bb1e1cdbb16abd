package vn.eoffice.files;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;

import vn.eoffice.platform.NotFoundException;

/**
 * Renders a stored PDF's pages as PNG images for the inline viewer, which the strict CSP allows where an embedded
 * PDF ({@code object-src 'none'}) or a frame would not. Callers check access to the record holding the file first,
 * as for a download. The page count is remembered per content (SHA-256); the images are cached by the browser
 * (private, immutable: the same content always renders the same).
 */
@Service
public class PagePreviews {

    /** Wide enough for 13-point Times New Roman to read comfortably, small enough for a slow link. */
    static final int WIDTH = 1000;
    private static final int MAX_REMEMBERED = 2_000;
    private static final String PDF = "application/pdf";

    private final FileStorage storage;
    private final Map<String, Integer> pageCounts = new ConcurrentHashMap<>();
    private final Semaphore renderers = new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors() / 2));

    PagePreviews(FileStorage storage) {
        this.storage = storage;
    }

    /** The viewer for a file a record holds; {@code downloadUrl} is the record's (access-checked) download address. */
    public FileViewer viewer(StoredFile file, String downloadUrl) {
        return new FileViewer(file.name(), file.mediaType(), pageCount(file), downloadUrl);
    }

    /** The number of pages shown as images: 0 for anything but a readable PDF. */
    public int pageCount(StoredFile file) {
        if (!PDF.equals(file.mediaType())) {
            return 0;
        }
        Integer known = pageCounts.get(file.sha256());
        if (known != null) {
            return known;
        }
        int count;
        try (PDDocument document = load(file)) {
            count = document.isEncrypted() ? 0 : document.getNumberOfPages();
        } catch (IOException | RuntimeException e) {
            count = 0;
        }
        if (pageCounts.size() >= MAX_REMEMBERED) {
            pageCounts.clear();
        }
        pageCounts.put(file.sha256(), count);
        return count;
    }

    /** One page (from 1) as a PNG; 404 for a page the file does not have. Viewing the first page is audited. */
    public ResponseEntity<byte[]> page(StoredFile file, int page) {
        if (page < 1 || page > pageCount(file)) {
            throw new NotFoundException("page " + page + " of file " + file.id());
        }
        byte[] png = render(file, page);
        if (page == 1) {
            storage.recordView(file.id());
        }
        return ResponseEntity.status(HttpStatus.OK)
                .contentType(MediaType.IMAGE_PNG)
                .cacheControl(CacheControl.maxAge(Duration.ofDays(30)).cachePrivate().immutable())
                .eTag("\"" + file.sha256() + "-" + page + "-" + WIDTH + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .body(png);
    }

    private byte[] render(StoredFile file, int page) {
        renderers.acquireUninterruptibly();
        try (PDDocument document = load(file)) {
            var pdPage = document.getPage(page - 1);
            var box = pdPage.getCropBox();
            boolean turned = pdPage.getRotation() % 180 != 0;
            float width = turned ? box.getHeight() : box.getWidth();
            float scale = width > 0 ? WIDTH / width : 1f;
            BufferedImage image = new PDFRenderer(document).renderImage(page - 1, scale, ImageType.RGB);
            var out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            renderers.release();
        }
    }

    private PDDocument load(StoredFile file) throws IOException {
        try (InputStream in = storage.open(file.id())) {
            return Loader.loadPDF(new RandomAccessReadBuffer(in), "", null, null,
                    IOUtils.createTempFileOnlyStreamCache());
        }
    }
}
