package vn.eoffice.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;

/** Verification by eOffice itself, on files signed by {@link PdfSigner}. */
class SignatureVerificationTests {

    @Test
    void twoIntactSignaturesChainingToTheAnchorAreValid() {
        byte[] signed = PdfSignerTests.organisation(PdfSignerTests.personal(TestPdfs.document(1)));

        var findings = PdfSignatureVerifier.verify(signed, List.of(PdfSignerTests.pki.caCertificate()));

        assertThat(findings).extracting(SignatureFinding::status)
                .containsExactly(SignatureStatus.VALID, SignatureStatus.VALID);
        assertThat(findings.get(0).signer()).isEqualTo("Lò Văn Thắng");
        assertThat(findings.get(0).organisation()).isEqualTo("Ban Tuyên giáo và Dân vận Tỉnh ủy");
        assertThat(findings.get(0).signingTime()).isNotNull();
        assertThat(findings.get(0).coversWholeFile()).isFalse();
        assertThat(findings.get(1).coversWholeFile()).isTrue();
        assertThat(SignatureCheck.verdict(findings, false)).isEqualTo(SignatureStatus.VALID);
    }

    @Test
    void withoutTrustAnchorsAnIntactSignatureIsUntrusted() {
        var findings = PdfSignatureVerifier.verify(PdfSignerTests.personal(TestPdfs.document(1)), List.of());

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.intact()).isTrue();
            assertThat(f.status()).isEqualTo(SignatureStatus.UNTRUSTED);
            assertThat(f.problem()).isEqualTo("signing.check.untrusted");
        });
    }

    @Test
    void aByteChangedAfterSigningIsInvalid() {
        byte[] tampered = PdfSignerTests.personal(TestPdfs.document(1));
        tampered[10] ^= 0x01;

        var findings = PdfSignatureVerifier.verify(tampered, List.of(PdfSignerTests.pki.caCertificate()));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.status()).isEqualTo(SignatureStatus.INVALID);
            assertThat(f.problem()).isEqualTo("signing.check.digestMismatch");
        });
    }

    @Test
    void aPageAddedAfterSigningIsReportedAsModified() throws IOException {
        byte[] signed = PdfSignerTests.personal(TestPdfs.document(1));
        byte[] changed;
        try (var document = Loader.loadPDF(signed); var out = new ByteArrayOutputStream()) {
            var page = new PDPage();
            document.addPage(page);
            document.getPages().getCOSObject().setNeedToBeUpdated(true);
            page.getCOSObject().setNeedToBeUpdated(true);
            document.saveIncremental(out);
            changed = out.toByteArray();
        }

        var findings = PdfSignatureVerifier.verify(changed, List.of(PdfSignerTests.pki.caCertificate()));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.intact()).isTrue();
            assertThat(f.coversWholeFile()).isFalse();
        });
        assertThat(SignatureCheck.verdict(findings, true)).isEqualTo(SignatureStatus.INVALID);
    }

    @Test
    void anUnsignedPdfHasNoFindings() {
        assertThat(PdfSignatureVerifier.verify(TestPdfs.document(1), List.of())).isEmpty();
        assertThat(SignatureCheck.verdict(List.of(), false)).isEqualTo(SignatureStatus.UNSIGNED);
    }

    @Test
    void theTrustAnchorsAreReadOnlyForAFileWithSignatures() {
        var reads = new AtomicInteger();
        Supplier<Collection<X509Certificate>> anchors = () -> {
            reads.incrementAndGet();
            return List.of(PdfSignerTests.pki.caCertificate());
        };

        assertThat(PdfSignatureVerifier.verify(TestPdfs.document(1), anchors)).isEmpty();
        assertThat(reads).hasValue(0);

        var signed = PdfSignerTests.personal(TestPdfs.document(1));
        assertThat(PdfSignatureVerifier.verify(signed, anchors)).singleElement()
                .satisfies(f -> assertThat(f.trusted()).isTrue());
        assertThat(reads).hasValue(1);
    }

    @Test
    void aFileNamingASignedRangeIsParsedEvenWhenBroken() {
        byte[] noRange = "%PDF-1.7 garbage".getBytes(StandardCharsets.US_ASCII);
        byte[] brokenWithRange = "%PDF-1.7 /ByteRange [0 1 2 3] garbage".getBytes(StandardCharsets.US_ASCII);

        assertThat(PdfSignatureVerifier.verify(noRange, List.of())).isEmpty();
        assertThat(PdfSignatureVerifier.verify(brokenWithRange, List.of())).singleElement()
                .satisfies(f -> assertThat(f.problem()).isEqualTo("signing.check.unreadable"));
    }
}
