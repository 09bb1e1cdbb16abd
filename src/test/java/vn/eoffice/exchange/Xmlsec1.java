package vn.eoffice.exchange;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's {@code xmlsec1}, an XML-DSig verifier we did not write. In CI ({@code CI=true}) a missing xmlsec1 fails
 * the test; elsewhere the test is skipped.
 */
final class Xmlsec1 {

    record Result(int exitCode, String output) {

        boolean verified() {
            return exitCode == 0 && output.lines().anyMatch("OK"::equals);
        }
    }

    private Xmlsec1() {
    }

    static void require() {
        boolean present = List.of(System.getenv().getOrDefault("PATH", "").split(":")).stream()
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, "xmlsec1")));
        if ("true".equalsIgnoreCase(System.getenv("CI")) && !present) {
            throw new AssertionError("xmlsec1 is not installed (apt-get install xmlsec1): CI must run this check");
        }
        assumeTrue(present, "xmlsec1 is not installed");
    }

    /** Verifies the package with the certificate as the only trusted key; the exit code and xmlsec1's report. */
    static Result verify(byte[] signedPackage, X509Certificate certificate) {
        try {
            Path directory = Files.createTempDirectory("xmlsec1");
            Path file = Files.write(directory.resolve("package.edxml"), signedPackage);
            Path pem = Files.writeString(directory.resolve("node.pem"), pem(certificate));
            var process = new ProcessBuilder("xmlsec1", "--verify", "--pubkey-cert-pem", pem.toString(),
                    "--enabled-reference-uris", "empty", file.toString())
                    .redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("xmlsec1 did not finish");
            }
            return new Result(process.exitValue(), output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    static String pem(X509Certificate certificate) {
        try {
            return "-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                            .encodeToString(certificate.getEncoded())
                    + "\n-----END CERTIFICATE-----\n";
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
