package vn.eoffice.exchange;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.eoffice.exchange.edxml.PackageCodec;
import vn.eoffice.exchange.edxml.PackageRejected;

/** POSTs the package to the peer's receive endpoint; the answer is a status package signed by the peer. */
@Component
@Order(10)
class HttpTransport implements ExchangeTransport {

    private final HttpClient client;
    private final ExchangeProperties properties;
    private final PackageCodec codec;

    HttpTransport(ExchangeProperties properties) {
        this.properties = properties;
        this.client = HttpClient.newBuilder().connectTimeout(properties.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.codec = new PackageCodec(1024 * 1024);
    }

    @Override
    public boolean supports(Destination destination) {
        return !destination.hostedHere() && destination.endpoint() != null
                && destination.endpoint().matches("(?i)https?://.+");
    }

    @Override
    public Acknowledgement send(Destination destination, byte[] signedPackage) throws IOException {
        var request = HttpRequest.newBuilder(URI.create(destination.endpoint()))
                .timeout(properties.requestTimeout())
                .header("Content-Type", "application/xml")
                .POST(HttpRequest.BodyPublishers.ofByteArray(signedPackage)).build();
        HttpResponse<byte[]> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        if (response.statusCode() != 200) {
            throw new IOException("HTTP " + response.statusCode() + " from " + destination.endpoint());
        }
        try {
            var answer = codec.read(response.body(), organId -> Optional.of(destination.certificate()));
            if (!answer.isStatus()) {
                throw new IOException("the peer answered with a document instead of a status");
            }
            return new Acknowledgement(answer.status().statusCode(), answer.status().description());
        } catch (PackageRejected e) {
            throw new IOException("unverifiable answer from " + destination.endpoint() + ": " + e.getMessage(), e);
        }
    }
}
