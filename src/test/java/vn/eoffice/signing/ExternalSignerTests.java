package vn.eoffice.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

/**
 * The external-signer interface with its remote-signing adapter (served here by an in-process HTTP service holding
 * the key), and RFC 3161 time-stamps from an in-process time-stamping authority.
 */
class ExternalSignerTests {

    static final SignatureAppearance APPEARANCE = new SignatureAppearance(SignatureAppearance.Kind.PERSONAL,
            DemoPki.signatureImage("remote"), List.of(), TestPdfs.NAME);

    @Test
    void aRemoteSigningServiceSignsTheDigestAndPdfsigAcceptsIt() throws Exception {
        var server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/remote/certificates", exchange -> {
            byte[] pem = pem(TestKeys.PERSON.certificateChain());
            exchange.sendResponseHeaders(200, pem.length);
            exchange.getResponseBody().write(pem);
            exchange.close();
        });
        server.createContext("/remote/sign", exchange -> {
            byte[] digest = exchange.getRequestBody().readAllBytes();
            boolean authorised = "Bearer secret".equals(exchange.getRequestHeaders().getFirst("Authorization"));
            byte[] cms = authorised && digest.length == 32 ? TestKeys.PERSON.sign(digest) : new byte[0];
            exchange.sendResponseHeaders(authorised ? 200 : 401, cms.length == 0 ? -1 : cms.length);
            exchange.getResponseBody().write(cms);
            exchange.close();
        });
        server.start();
        try {
            var base = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/remote");
            var remote = new RemoteSigner(base, "secret");
            byte[] signed = PdfSigner.sign(TestPdfs.document(1), remote, APPEARANCE, Instant.now(), TestKeys.VN,
                    "Ký từ xa");

            var findings = PdfSignatureVerifier.verify(signed, List.of(TestKeys.PKI.caCertificate()));
            assertThat(findings).singleElement().extracting(SignatureFinding::status)
                    .isEqualTo(SignatureStatus.VALID);
            if (TestPdfs.pdfsigAvailable()) {
                assertThat(TestPdfs.validations(TestPdfs.pdfsig(signed))).containsExactly("Signature is Valid.");
            }
            assertThatThrownBy(() -> PdfSigner.sign(TestPdfs.document(1), new RemoteSigner(base, "wrong"),
                    APPEARANCE, Instant.now(), TestKeys.VN, "Ký từ xa")).hasMessage("signing.error.remote");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aTimeStampFromTheAuthorityIsEmbeddedAndReported() throws Exception {
        var tsaKeys = KeyPairGenerator.getInstance("RSA");
        tsaKeys.initialize(2048);
        var keys = tsaKeys.generateKeyPair();
        var now = Instant.now();
        var builder = new JcaX509v3CertificateBuilder(new X500Name("CN=Test TSA"), BigInteger.TEN,
                Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(30))),
                new X500Name("CN=Test TSA"), keys.getPublic());
        builder.addExtension(Extension.extendedKeyUsage, true, new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
        X509Certificate tsaCertificate = new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate())));
        var tokens = new TimeStampTokenGenerator(new JcaSimpleSignerInfoGeneratorBuilder()
                .build("SHA256withRSA", keys.getPrivate(), tsaCertificate),
                new JcaDigestCalculatorProviderBuilder().build().get(
                        new org.bouncycastle.asn1.x509.AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256)),
                new org.bouncycastle.asn1.ASN1ObjectIdentifier("1.2.3.4.1"));
        tokens.addCertificates(new JcaCertStore(List.of(tsaCertificate)));
        var responses = new TimeStampResponseGenerator(tokens, org.bouncycastle.tsp.TSPAlgorithms.ALLOWED);
        var server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/tsa", exchange -> {
            try {
                var request = new TimeStampRequest(exchange.getRequestBody().readAllBytes());
                byte[] answer = responses.generate(request, BigInteger.valueOf(System.nanoTime()), new Date())
                        .getEncoded();
                exchange.getResponseHeaders().add("Content-Type", "application/timestamp-reply");
                exchange.sendResponseHeaders(200, answer.length);
                exchange.getResponseBody().write(answer);
            } catch (Exception e) {
                exchange.sendResponseHeaders(500, -1);
            }
            exchange.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/tsa";
            var stamping = new TimeStamping(new SigningProperties(url, false));
            byte[] signed = PdfSigner.sign(TestPdfs.document(1), stamping.around(TestKeys.PERSON), APPEARANCE,
                    Instant.now(), TestKeys.VN, "Ký có dấu thời gian");

            var findings = PdfSignatureVerifier.verify(signed, List.of(TestKeys.PKI.caCertificate()));
            assertThat(findings).singleElement().satisfies(f -> {
                assertThat(f.timeStamped()).isTrue();
                assertThat(f.status()).isEqualTo(SignatureStatus.VALID);
            });
            if (TestPdfs.pdfsigAvailable()) {
                assertThat(TestPdfs.validations(TestPdfs.pdfsig(signed))).containsExactly("Signature is Valid.");
            }
        } finally {
            server.stop(0);
        }
        var unreachable = new TimeStamping(new SigningProperties("http://127.0.0.1:1/tsa", false));
        assertThatThrownBy(() -> unreachable.around(TestKeys.PERSON).sign(new byte[32]))
                .hasMessage("signing.error.timeStamp");
    }

    private static byte[] pem(List<X509Certificate> chain) {
        var out = new StringBuilder();
        for (var certificate : chain) {
            try {
                out.append("-----BEGIN CERTIFICATE-----\n")
                        .append(Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(certificate.getEncoded()))
                        .append("\n-----END CERTIFICATE-----\n");
            } catch (java.security.cert.CertificateEncodingException e) {
                throw new IllegalStateException(e);
            }
        }
        return out.toString().getBytes(StandardCharsets.US_ASCII);
    }

}
