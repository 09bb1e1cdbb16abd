package vn.eoffice.signing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.GregorianCalendar;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;

/**
 * Adds one PAdES signature (ETSI.CAdES.detached, SHA-256) to a PDF as an incremental update, so the signatures
 * already in the file stay valid.
 */
final class PdfSigner {

    /** Room for the CMS in /Contents: the chain, and a time-stamp token when a TSA is configured. */
    private static final int SIGNATURE_SIZE = 24_000;

    private PdfSigner() {
    }

    static byte[] sign(byte[] pdf, ExternalSigner signer, SignatureAppearance appearance, Instant time,
            ZoneId zone, String reason) {
        try (var document = Loader.loadPDF(pdf); var options = new SignatureOptions()) {
            if (document.isEncrypted()) {
                throw new SigningFailedException("signing.error.encrypted", null);
            }
            var placement = SignaturePlacement.of(document, appearance);
            var signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            signature.setName(commonName(signer));
            signature.setReason(reason);
            signature.setSignDate(GregorianCalendar.from(time.atZone(zone)));
            try (InputStream visual = AppearanceTemplate.build(document.getPage(placement.pageIndex()),
                    placement.rectangle(), appearance)) {
                options.setVisualSignature(visual);
            }
            options.setPage(placement.pageIndex());
            options.setPreferredSignatureSize(SIGNATURE_SIZE);
            document.addSignature(signature, options);
            var out = new ByteArrayOutputStream(pdf.length + SIGNATURE_SIZE * 2 + 65_536);
            var external = document.saveIncrementalForExternalSigning(out);
            byte[] digest;
            try (var content = external.getContent()) {
                digest = sha256(content);
            }
            byte[] cms = signer.sign(digest);
            if (cms.length > SIGNATURE_SIZE) {
                throw new SigningFailedException("signing.error.tooLarge", null);
            }
            external.setSignature(cms);
            return out.toByteArray();
        } catch (IOException e) {
            throw new SigningFailedException("signing.error.notPdf", e);
        }
    }

    static String commonName(ExternalSigner signer) {
        try {
            var holder = new JcaX509CertificateHolder(signer.certificateChain().get(0));
            var names = holder.getSubject().getRDNs(BCStyle.CN);
            return names.length == 0 ? holder.getSubject().toString()
                    : names[0].getFirst().getValue().toString();
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new SigningFailedException("signing.error.cms", e);
        }
    }

    private static byte[] sha256(InputStream content) throws IOException {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[16_384];
            int read;
            while ((read = content.read(buffer)) > 0) {
                digest.update(buffer, 0, read);
            }
            return digest.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
