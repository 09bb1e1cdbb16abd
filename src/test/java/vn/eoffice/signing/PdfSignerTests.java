package vn.eoffice.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.junit.jupiter.api.Test;

class PdfSignerTests {

    static final ZoneId VN = TestKeys.VN;
    static final DemoPki pki = TestKeys.PKI;
    static final Pkcs12Signer person = TestKeys.PERSON;
    static final Pkcs12Signer agency = TestKeys.AGENCY;

    static byte[] personal(byte[] pdf) {
        return PdfSigner.sign(pdf, person, new SignatureAppearance(SignatureAppearance.Kind.PERSONAL,
                DemoPki.signatureImage("x"), List.of(), TestPdfs.NAME), Instant.now(), VN, "Ký duyệt");
    }

    static byte[] organisation(byte[] pdf) {
        return PdfSigner.sign(pdf, agency, new SignatureAppearance(SignatureAppearance.Kind.ORGANISATION,
                DemoPki.sealImage("Ban"), List.of("Số: 125-CV/BTGDVTU", "2026-11-26T10:15:00+07:00"),
                TestPdfs.NAME), Instant.now(), VN, "Phát hành");
    }

    @Test
    void personalThenOrganisationSignaturesAreBothValidForPdfsig() throws IOException {
        assumeTrue(TestPdfs.pdfsigAvailable(), "pdfsig not installed");
        byte[] original = TestPdfs.document(2);
        byte[] once = personal(original);
        byte[] twice = organisation(once);

        assertThat(once).startsWith(original);
        assertThat(twice).startsWith(once);
        String report = TestPdfs.pdfsig(twice);
        assertThat(TestPdfs.validations(report)).containsExactly("Signature is Valid.", "Signature is Valid.");
        assertThat(report).contains("ETSI.CAdES.detached");
        try (var document = Loader.loadPDF(twice)) {
            assertThat(document.getSignatureDictionaries()).hasSize(2);
        }
    }

    @Test
    void aByteChangedAfterSigningIsInvalidForPdfsig() {
        assumeTrue(TestPdfs.pdfsigAvailable(), "pdfsig not installed");
        byte[] signed = personal(TestPdfs.document(1));
        byte[] tampered = signed.clone();
        // the binary comment of the header: the file still parses, but the signed bytes differ
        assertThat(tampered[9]).isEqualTo((byte) '%');
        tampered[10] ^= 0x01;

        assertThat(TestPdfs.validations(TestPdfs.pdfsig(tampered))).containsExactly("Digest Mismatch.");
    }
}
