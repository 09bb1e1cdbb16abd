package vn.eoffice.signing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertStore;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.function.Supplier;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampToken;

/** Checks every signature of a PDF: integrity of its signed range, coverage of the file, certificate chain. */
final class PdfSignatureVerifier {

    private static final byte[] BYTE_RANGE = "/ByteRange".getBytes(StandardCharsets.US_ASCII);

    private PdfSignatureVerifier() {
    }

    /** The findings in signing order; an unreadable file yields one invalid finding. */
    static List<SignatureFinding> verify(byte[] pdf, Collection<X509Certificate> anchors) {
        return verify(pdf, () -> anchors);
    }

    /**
     * As above, reading the trust anchors only for a file that has signatures. A signature's dictionary, with its
     * {@code /ByteRange}, lies uncompressed in the file (the range must leave out its {@code /Contents} bytes), so a
     * file without those bytes has no signature to check and is not parsed at all: most registered files.
     */
    static List<SignatureFinding> verify(byte[] pdf, Supplier<Collection<X509Certificate>> anchors) {
        if (!contains(pdf, BYTE_RANGE)) {
            return List.of();
        }
        var findings = new ArrayList<SignatureFinding>();
        try (var document = Loader.loadPDF(pdf)) {
            var signatures = new ArrayList<>(document.getSignatureDictionaries());
            signatures.sort(Comparator.comparingLong(PdfSignatureVerifier::end));
            Collection<X509Certificate> trusted = signatures.isEmpty() ? List.of() : anchors.get();
            for (var signature : signatures) {
                findings.add(check(pdf, signature, trusted));
            }
        } catch (IOException e) {
            findings.add(new SignatureFinding(null, null, null, false, false, false, false,
                    "signing.check.unreadable"));
        }
        return findings;
    }

    private static boolean contains(byte[] data, byte[] pattern) {
        for (int i = 0; i <= data.length - pattern.length; i++) {
            if (data[i] == pattern[0] && Arrays.equals(data, i, i + pattern.length, pattern, 0, pattern.length)) {
                return true;
            }
        }
        return false;
    }

    private static long end(PDSignature signature) {
        int[] range = signature.getByteRange();
        return range.length == 4 ? (long) range[2] + range[3] : 0;
    }

    private static SignatureFinding check(byte[] pdf, PDSignature signature, Collection<X509Certificate> anchors) {
        int[] range = signature.getByteRange();
        boolean wellFormed = range.length == 4 && range[0] == 0 && range[1] > 0 && range[2] > range[1]
                && (long) range[2] + range[3] <= pdf.length && pdf[range[1]] == '<' && pdf[range[2] - 1] == '>';
        if (!wellFormed) {
            return new SignatureFinding(signature.getName(), null, null, false, false, false, false,
                    "signing.check.badRange");
        }
        boolean coversWholeFile = end(signature) == pdf.length;
        try {
            byte[] signedContent = signature.getSignedContent(pdf);
            CMSSignedData cms;
            // /Contents is zero-padded: read only the first ASN.1 object (BC 1.87 rejects trailing zeros)
            try (var in = new ASN1InputStream(signature.getContents())) {
                cms = new CMSSignedData(new CMSProcessableByteArray(signedContent),
                        ContentInfo.getInstance(in.readObject()));
            }
            SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
            @SuppressWarnings("unchecked")
            var matches = cms.getCertificates().getMatches(signer.getSID());
            if (matches.isEmpty()) {
                return new SignatureFinding(signature.getName(), null, null, false, false, coversWholeFile, false,
                        "signing.check.noCertificate");
            }
            var holder = (X509CertificateHolder) matches.iterator().next();
            var converter = new JcaX509CertificateConverter();
            X509Certificate certificate = converter.getCertificate(holder);
            var timeStamp = timeStamp(signer);
            Instant time = timeStamp != null ? timeStamp : signingTime(signer, signature);
            String signerName = rdn(holder.getSubject(), BCStyle.CN);
            String organisation = rdn(holder.getSubject(), BCStyle.O);
            boolean intact;
            try {
                intact = signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(holder));
            } catch (CMSException e) {
                intact = false;
            }
            if (!intact) {
                return new SignatureFinding(signerName, organisation, time, timeStamp != null, false,
                        coversWholeFile, false, "signing.check.digestMismatch");
            }
            var chain = new ArrayList<X509Certificate>();
            for (Object other : cms.getCertificates().getMatches(null)) {
                chain.add(converter.getCertificate((X509CertificateHolder) other));
            }
            boolean trusted = chains(certificate, chain, anchors, time);
            return new SignatureFinding(signerName, organisation, time, timeStamp != null, true, coversWholeFile,
                    trusted, trusted ? null : "signing.check.untrusted");
        } catch (IOException | CMSException | GeneralSecurityException | OperatorCreationException
                | RuntimeException e) {
            return new SignatureFinding(signature.getName(), null, null, false, false, coversWholeFile, false,
                    "signing.check.unreadable");
        }
    }

    private static Instant timeStamp(SignerInformation signer) {
        var unsigned = signer.getUnsignedAttributes();
        var attribute = unsigned == null ? null
                : unsigned.get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
        if (attribute == null) {
            return null;
        }
        try {
            var token = new TimeStampToken(new CMSSignedData(attribute.getAttrValues().getObjectAt(0)
                    .toASN1Primitive().getEncoded()));
            return token.getTimeStampInfo().getGenTime().toInstant();
        } catch (IOException | CMSException | TSPException e) {
            return null;
        }
    }

    private static Instant signingTime(SignerInformation signer, PDSignature signature) {
        var signed = signer.getSignedAttributes();
        var attribute = signed == null ? null : signed.get(CMSAttributes.signingTime);
        if (attribute != null) {
            return Time.getInstance(attribute.getAttrValues().getObjectAt(0)).getDate().toInstant();
        }
        return signature.getSignDate() == null ? null : signature.getSignDate().toInstant();
    }

    private static boolean chains(X509Certificate certificate, List<X509Certificate> pool,
            Collection<X509Certificate> anchors, Instant time) {
        if (anchors.isEmpty()) {
            return false;
        }
        try {
            var trust = new HashSet<TrustAnchor>();
            anchors.forEach(anchor -> trust.add(new TrustAnchor(anchor, null)));
            var target = new X509CertSelector();
            target.setCertificate(certificate);
            var parameters = new PKIXBuilderParameters(trust, target);
            parameters.setRevocationEnabled(false);
            parameters.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(pool)));
            if (time != null) {
                parameters.setDate(Date.from(time));
            }
            CertPathBuilder.getInstance("PKIX").build(parameters);
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static String rdn(X500Name name, org.bouncycastle.asn1.ASN1ObjectIdentifier type) {
        var values = name.getRDNs(type);
        return values.length == 0 ? null : values[0].getFirst().getValue().toString();
    }
}
