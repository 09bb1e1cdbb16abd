package vn.eoffice.signing;

import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;

import vn.eoffice.platform.PdfFonts;

/**
 * The visible part of a signature, built as a one-page template document that PDFBox merges into the signed file.
 * Text uses the embedded DejaVu Sans (subset), so Vietnamese renders everywhere.
 */
final class AppearanceTemplate {

    static final Color SIGNER_BLUE = new Color(0, 51, 153);
    static final Color SEAL_RED = new Color(200, 16, 46);
    private static final float FONT_SIZE = 7;

    private AppearanceTemplate() {
    }

    static InputStream build(PDPage target, PDRectangle rectangle, SignatureAppearance appearance)
            throws IOException {
        try (var template = new PDDocument(); var out = new ByteArrayOutputStream()) {
            var page = new PDPage(target.getMediaBox());
            template.addPage(page);
            var form = new PDAcroForm(template);
            template.getDocumentCatalog().setAcroForm(form);
            var field = new PDSignatureField(form);
            var widget = field.getWidgets().get(0);
            form.setSignaturesExist(true);
            form.setAppendOnly(true);
            form.getCOSObject().setDirect(true);
            form.getFields().add(field);
            widget.setRectangle(rectangle);
            widget.setPrinted(true);

            var xObject = new PDFormXObject(new PDStream(template));
            xObject.setResources(new PDResources());
            xObject.setFormType(1);
            xObject.setBBox(new PDRectangle(rectangle.getWidth(), rectangle.getHeight()));
            var dictionary = new PDAppearanceDictionary();
            dictionary.getCOSObject().setDirect(true);
            var stream = new PDAppearanceStream(xObject.getCOSObject());
            dictionary.setNormalAppearance(stream);
            widget.setAppearance(dictionary);
            try (var content = new PDPageContentStream(template, stream)) {
                draw(template, content, rectangle.getWidth(), rectangle.getHeight(), appearance);
            }
            template.save(out);
            return new ByteArrayInputStream(out.toByteArray());
        }
    }

    private static void draw(PDDocument template, PDPageContentStream content, float width, float height,
            SignatureAppearance appearance) throws IOException {
        var lines = appearance.lines();
        float textHeight = lines.isEmpty() ? 0 : lines.size() * (FONT_SIZE + 2) + 2;
        if (appearance.image() != null) {
            var image = PDImageXObject.createFromByteArray(template, appearance.image(), "image");
            float boxHeight = height - textHeight;
            float scale = Math.min(width / image.getWidth(), boxHeight / image.getHeight());
            float w = image.getWidth() * scale;
            float h = image.getHeight() * scale;
            content.drawImage(image, (width - w) / 2, textHeight + (boxHeight - h) / 2, w, h);
        }
        if (lines.isEmpty()) {
            return;
        }
        // without ligatures, so that the signer's line extracts as typed
        PDType0Font font = PdfFonts.SANS.load(template);
        var colour = appearance.kind() == SignatureAppearance.Kind.PERSONAL ? SIGNER_BLUE : SEAL_RED;
        content.setNonStrokingColor(colour);
        float y = appearance.image() == null ? height - FONT_SIZE - 3 : textHeight - FONT_SIZE - 1;
        for (String line : lines) {
            float size = fit(font, line, width - 4);
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(2, y);
            content.showText(line);
            content.endText();
            y -= FONT_SIZE + 2;
        }
        if (appearance.image() == null) {
            content.setStrokingColor(colour);
            content.setLineWidth(0.8f);
            content.addRect(0.5f, 0.5f, width - 1, height - 1);
            content.stroke();
        }
    }

    private static float fit(PDType0Font font, String line, float width) throws IOException {
        float natural = font.getStringWidth(line) / 1000 * FONT_SIZE;
        return natural <= width ? FONT_SIZE : FONT_SIZE * width / natural;
    }

    static List<String> none() {
        return List.of();
    }
}
