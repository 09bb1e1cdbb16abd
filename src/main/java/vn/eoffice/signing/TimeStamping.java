package vn.eoffice.signing;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationStore;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.springframework.stereotype.Component;

/**
 * Adds an RFC 3161 signature time-stamp from the configured time-stamping authority to each signature, when one is
 * configured ({@code eoffice.signing.tsa-url}).
 */
@Component
class TimeStamping {

    private static final SecureRandom RANDOM = new SecureRandom();
    private final SigningProperties properties;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    TimeStamping(SigningProperties properties) {
        this.properties = properties;
    }

    Optional<String> authority() {
        return properties.timeStamping() ? Optional.of(properties.tsaUrl()) : Optional.empty();
    }

    ExternalSigner around(ExternalSigner signer) {
        if (!properties.timeStamping()) {
            return signer;
        }
        return new ExternalSigner() {
            @Override
            public List<X509Certificate> certificateChain() {
                return signer.certificateChain();
            }

            @Override
            public byte[] sign(byte[] sha256Digest) {
                return stamp(signer.sign(sha256Digest), properties.tsaUrl());
            }
        };
    }

    byte[] stamp(byte[] cms, String tsaUrl) {
        try {
            var signed = new CMSSignedData(cms);
            var stamped = signed.getSignerInfos().getSigners().stream().map(s -> withToken(s, tsaUrl)).toList();
            return CMSSignedData.replaceSigners(signed, new SignerInformationStore(stamped)).getEncoded();
        } catch (CMSException | IOException e) {
            throw new SigningFailedException("signing.error.timeStamp", e);
        }
    }

    private SignerInformation withToken(SignerInformation signer, String tsaUrl) {
        byte[] token = token(sha256(signer.getSignature()), tsaUrl);
        try {
            var attributes = signer.getUnsignedAttributes() == null ? new ASN1EncodableVector()
                    : signer.getUnsignedAttributes().toASN1EncodableVector();
            attributes.add(new Attribute(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken,
                    new DERSet(ASN1Primitive.fromByteArray(token))));
            return SignerInformation.replaceUnsignedAttributes(signer, new AttributeTable(attributes));
        } catch (IOException e) {
            throw new SigningFailedException("signing.error.timeStamp", e);
        }
    }

    private byte[] token(byte[] digest, String tsaUrl) {
        var generator = new TimeStampRequestGenerator();
        generator.setCertReq(true);
        var request = generator.generate(NISTObjectIdentifiers.id_sha256, digest, new BigInteger(64, RANDOM));
        try {
            var response = http.send(HttpRequest.newBuilder(URI.create(tsaUrl)).timeout(Duration.ofSeconds(20))
                    .header("Content-Type", "application/timestamp-query")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(request.getEncoded())).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new SigningFailedException("signing.error.timeStamp", null);
            }
            var answer = new TimeStampResponse(response.body());
            answer.validate(request);
            if (answer.getTimeStampToken() == null) {
                throw new SigningFailedException("signing.error.timeStamp", null);
            }
            return answer.getTimeStampToken().getEncoded();
        } catch (IOException | TSPException | IllegalArgumentException e) {
            throw new SigningFailedException("signing.error.timeStamp", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SigningFailedException("signing.error.timeStamp", e);
        }
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
