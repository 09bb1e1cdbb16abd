package vn.eoffice.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.Instant;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Where the visible signatures go (Decree 30 Phụ lục I), checked by coordinates and by rendering the page. */
class SignatureAppearanceTests {

    record Widget(int page, PDRectangle rectangle) {
    }

    static List<Widget> widgets(byte[] pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            return document.getSignatureFields().stream().map(f -> f.getWidgets().get(0))
                    .map(w -> new Widget(document.getPages().indexOf(w.getPage()), w.getRectangle())).toList();
        }
    }

    @Test
    void theSignerImageGoesBetweenTitleAndNameOnTheLastPage() throws IOException {
        byte[] signed = PdfSignerTests.personal(TestPdfs.document(2));

        var widget = widgets(signed).get(0);
        assertThat(widget.page()).isEqualTo(1);
        var r = widget.rectangle();
        // the name's baseline is at y=200 (about 212 at its top), the title's at y=285
        assertThat(r.getLowerLeftY()).isBetween(205f, 220f);
        assertThat(r.getUpperRightY()).isLessThan(285f);
        assertThat(r.getLowerLeftX()).isLessThan(350f);
        assertThat(r.getUpperRightX()).isGreaterThan(350f);
        assertThat(inkInside(TestPdfs.render(signed, 1), r, 842)).isGreaterThan(200);
        assertThat(inkInside(TestPdfs.render(TestPdfs.document(2), 1), r, 842)).isZero();
    }

    @Test
    void theSealOverlapsTheLeftThirdOfTheSignerImage() throws IOException {
        byte[] signed = PdfSignerTests.organisation(PdfSignerTests.personal(TestPdfs.document(1)));

        var all = widgets(signed);
        var signer = all.get(0).rectangle();
        var seal = all.get(1).rectangle();
        assertThat(all.get(1).page()).isZero();
        float overlap = seal.getUpperRightX() - signer.getLowerLeftX();
        assertThat(overlap / signer.getWidth()).isBetween(0.30f, 0.36f);
        assertThat(seal.getLowerLeftX()).isLessThan(signer.getLowerLeftX());
        assertThat(seal.getLowerLeftY()).isLessThan(signer.getLowerLeftY());
        assertThat(seal.getUpperRightY()).isGreaterThan(signer.getUpperRightY());
        var page = TestPdfs.render(signed, 0);
        assertThat(redInside(page, seal, 842)).isGreaterThan(300);
        assertThat(text(signed)).contains("Số: 125-CV/BTGDVTU").contains("+07:00");
    }

    @Test
    void anAttachmentGetsATextOnlySignatureTopRightOfTheFirstPage() throws IOException {
        byte[] signed = PdfSigner.sign(TestPdfs.document(2), PdfSignerTests.agency,
                new SignatureAppearance(SignatureAppearance.Kind.ATTACHMENT, null,
                        List.of("Ban Tuyên giáo và Dân vận Tỉnh ủy", "Số: 125-CV/BTGDVTU",
                                "2026-11-26T10:15:00+07:00"), null),
                Instant.now(), PdfSignerTests.VN, "Phát hành");

        var widget = widgets(signed).get(0);
        assertThat(widget.page()).isZero();
        var r = widget.rectangle();
        assertThat(r.getUpperRightX()).isGreaterThan(595 - 40f);
        assertThat(r.getUpperRightY()).isGreaterThan(842 - 40f);
        assertThat(r.getLowerLeftX()).isGreaterThan(595 / 2f);
        assertThat(text(signed)).contains("Ban Tuyên giáo và Dân vận Tỉnh ủy").contains("Số: 125-CV/BTGDVTU")
                .contains("2026-11-26T10:15:00+07:00");
        assertThat(inkInside(TestPdfs.render(signed, 0), r, 842)).isGreaterThan(100);
    }

    /** The text of the last signature's appearance as a reader extracts it (the Vietnamese glyphs are mapped). */
    private static String text(byte[] pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf); var single = new PDDocument()) {
            var fields = document.getSignatureFields();
            var appearance = fields.get(fields.size() - 1).getWidgets().get(0).getNormalAppearanceStream();
            var page = new PDPage(appearance.getBBox());
            page.setResources(appearance.getResources());
            page.getCOSObject().setItem(COSName.CONTENTS, appearance.getCOSObject());
            single.addPage(page);
            return new PDFTextStripper().getText(single);
        }
    }

    private static int inkInside(BufferedImage image, PDRectangle r, float pageHeight) {
        int count = 0;
        for (int x = (int) r.getLowerLeftX(); x < (int) r.getUpperRightX(); x++) {
            for (int y = (int) (pageHeight - r.getUpperRightY()); y < (int) (pageHeight - r.getLowerLeftY()); y++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                    count++;
                }
            }
        }
        return count;
    }

    private static int redInside(BufferedImage image, PDRectangle r, float pageHeight) {
        int count = 0;
        for (int x = (int) r.getLowerLeftX(); x < (int) r.getUpperRightX(); x++) {
            for (int y = (int) (pageHeight - r.getUpperRightY()); y < (int) (pageHeight - r.getLowerLeftY()); y++) {
                int rgb = image.getRGB(x, y);
                int red = rgb >> 16 & 0xFF;
                int green = rgb >> 8 & 0xFF;
                if (red > 150 && green < 120) {
                    count++;
                }
            }
        }
        return count;
    }
}
