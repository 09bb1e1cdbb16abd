package vn.eoffice.signing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Finds the page and rectangle of a visible signature (PDF user space, origin bottom left). */
final class SignaturePlacement {

    static final float SIGNER_WIDTH = 140;
    static final float SIGNER_HEIGHT = 55;
    static final float SEAL_SIZE = 100;
    static final float SEAL_TEXT_HEIGHT = 22;
    static final float ATTACHMENT_WIDTH = 200;
    static final float ATTACHMENT_HEIGHT = 44;
    static final float MARGIN = 20;

    record Placement(int pageIndex, PDRectangle rectangle) {
    }

    private SignaturePlacement() {
    }

    static Placement of(PDDocument document, SignatureAppearance appearance) {
        int last = document.getNumberOfPages() - 1;
        return switch (appearance.kind()) {
            case ATTACHMENT -> {
                var box = document.getPage(0).getCropBox();
                yield new Placement(0, new PDRectangle(box.getUpperRightX() - MARGIN - ATTACHMENT_WIDTH,
                        box.getUpperRightY() - MARGIN - ATTACHMENT_HEIGHT, ATTACHMENT_WIDTH, ATTACHMENT_HEIGHT));
            }
            case PERSONAL -> new Placement(last, personal(document, last, appearance.anchorText()));
            case ORGANISATION -> new Placement(last, organisation(document, last, appearance.anchorText()));
        };
    }

    /** Between title and name: just above the signer's name when it is found on the page, else bottom right. */
    private static PDRectangle personal(PDDocument document, int pageIndex, String name) {
        var page = document.getPage(pageIndex);
        var found = find(document, pageIndex, name);
        if (found == null) {
            return fallback(page);
        }
        float centre = found.getLowerLeftX() + found.getWidth() / 2;
        float x = clamp(centre - SIGNER_WIDTH / 2, page.getCropBox().getLowerLeftX(),
                page.getCropBox().getUpperRightX() - SIGNER_WIDTH);
        return new PDRectangle(x, found.getUpperRightY() + 2, SIGNER_WIDTH, SIGNER_HEIGHT);
    }

    /** The seal covers about the left third of the signer's signature, at its real size. */
    private static PDRectangle organisation(PDDocument document, int pageIndex, String name) {
        var page = document.getPage(pageIndex);
        var signer = lastSignatureWidget(page);
        if (signer == null) {
            signer = personal(document, pageIndex, name);
        }
        float right = signer.getLowerLeftX() + signer.getWidth() / 3;
        float centreY = signer.getLowerLeftY() + signer.getHeight() / 2;
        float x = Math.max(page.getCropBox().getLowerLeftX(), right - SEAL_SIZE);
        return new PDRectangle(x, centreY - SEAL_SIZE / 2 - SEAL_TEXT_HEIGHT, SEAL_SIZE,
                SEAL_SIZE + SEAL_TEXT_HEIGHT);
    }

    private static PDRectangle fallback(PDPage page) {
        var box = page.getCropBox();
        return new PDRectangle(box.getUpperRightX() - 72 - SIGNER_WIDTH - 20, box.getLowerLeftY() + 110,
                SIGNER_WIDTH, SIGNER_HEIGHT);
    }

    static PDRectangle lastSignatureWidget(PDPage page) {
        try {
            PDRectangle found = null;
            for (var annotation : page.getAnnotations()) {
                if (annotation instanceof PDAnnotationWidget widget && isSignatureField(widget)) {
                    var rectangle = annotation.getRectangle();
                    if (rectangle != null && rectangle.getWidth() > 0) {
                        found = rectangle;
                    }
                }
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isSignatureField(PDAnnotationWidget widget) {
        var dictionary = widget.getCOSObject();
        var parent = dictionary.getCOSDictionary(COSName.PARENT);
        return "Sig".equals(dictionary.getNameAsString(COSName.FT))
                || parent != null && "Sig".equals(parent.getNameAsString(COSName.FT));
    }

    /** The bounding box of the last occurrence of the text on the page, or null. */
    static PDRectangle find(PDDocument document, int pageIndex, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        var finder = new Finder(fold(text));
        try {
            finder.setStartPage(pageIndex + 1);
            finder.setEndPage(pageIndex + 1);
            finder.getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (finder.found == null) {
            return null;
        }
        float height = document.getPage(pageIndex).getCropBox().getUpperRightY();
        var first = finder.found.get(0);
        var last = finder.found.get(finder.found.size() - 1);
        float baseline = height - first.getYDirAdj();
        float top = baseline + first.getHeightDir();
        return new PDRectangle(first.getXDirAdj(), baseline, last.getXDirAdj() + last.getWidthDirAdj()
                - first.getXDirAdj(), top - baseline);
    }

    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).trim();
    }

    private static float clamp(float value, float min, float max) {
        return Math.max(min, Math.min(value, max));
    }

    private static final class Finder extends PDFTextStripper {

        private final String wanted;
        private List<TextPosition> found;

        Finder(String wanted) {
            this.wanted = wanted;
        }

        @Override
        protected void writeString(String line, List<TextPosition> positions) {
            String folded = fold(line);
            int at = folded.lastIndexOf(wanted);
            if (at < 0 || positions.isEmpty()) {
                return;
            }
            if (positions.size() == line.length() && folded.length() == line.length()) {
                found = positions.subList(at, at + wanted.length());
            } else {
                found = positions;
            }
        }
    }
}
