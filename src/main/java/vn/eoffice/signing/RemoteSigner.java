package vn.eoffice.signing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;

/**
 * The adapter of {@link ExternalSigner} for a remote signing service (ký số từ xa) reached over HTTP:
 * {@code GET <base>/certificates} returns the signer's chain (PEM, signer first) and {@code POST <base>/sign} with
 * the 32-byte SHA-256 digest as {@code application/octet-stream} returns the DER CMS signature. The service
 * authenticates the signer its own way (e.g. the bearer token, a confirmation on the signer's phone).
 */
public final class RemoteSigner implements ExternalSigner {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI base;
    private final String bearerToken;
    private List<X509Certificate> chain;

    public RemoteSigner(URI base, String bearerToken) {
        this.base = base;
        this.bearerToken = bearerToken;
    }

    @Override
    public synchronized List<X509Certificate> certificateChain() {
        if (chain == null) {
            byte[] pem = call(HttpRequest.newBuilder(resolve("certificates")).GET());
            try {
                chain = CertificateFactory.getInstance("X.509")
                        .generateCertificates(new ByteArrayInputStream(pem)).stream()
                        .map(X509Certificate.class::cast).toList();
            } catch (CertificateException e) {
                throw new SigningFailedException("signing.error.remote", e);
            }
            if (chain.isEmpty()) {
                throw new SigningFailedException("signing.error.remote", null);
            }
        }
        return chain;
    }

    @Override
    public byte[] sign(byte[] sha256Digest) {
        return call(HttpRequest.newBuilder(resolve("sign")).header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(sha256Digest)));
    }

    private URI resolve(String path) {
        String text = base.toString();
        return URI.create(text.endsWith("/") ? text + path : text + "/" + path);
    }

    private byte[] call(HttpRequest.Builder request) {
        if (bearerToken != null && !bearerToken.isBlank()) {
            request.header("Authorization", "Bearer " + bearerToken);
        }
        try {
            var response = http.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new SigningFailedException("signing.error.remote", null);
            }
            return response.body();
        } catch (IOException e) {
            throw new SigningFailedException("signing.error.remote", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SigningFailedException("signing.error.remote", e);
        }
    }
}
