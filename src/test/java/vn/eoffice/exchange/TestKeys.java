package vn.eoffice.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.concurrent.ConcurrentHashMap;

import vn.eoffice.exchange.edxml.SigningKey;

/** Self-signed agency keys for tests, made once per name with the JDK's keytool. */
public final class TestKeys {

    private static final ConcurrentHashMap<String, SigningKey> KEYS = new ConcurrentHashMap<>();

    private TestKeys() {
    }

    public static SigningKey of(String name) {
        return KEYS.computeIfAbsent(name, TestKeys::generate);
    }

    /** A key store file for a test node, with password "changeit" and alias "agency". */
    public static Path keyStore(Path directory, String name) {
        Path path = directory.resolve(name + ".p12");
        if (!Files.exists(path)) {
            AgencyKeys.generate(path, "changeit", "agency", "CN=" + name + ", O=eOffice test, C=VN");
        }
        return path;
    }

    private static SigningKey generate(String name) {
        try {
            Path directory = Files.createTempDirectory("exchange-keys");
            Path path = keyStore(directory, name);
            var store = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(path)) {
                store.load(in, "changeit".toCharArray());
            }
            return new SigningKey((PrivateKey) store.getKey("agency", "changeit".toCharArray()),
                    (X509Certificate) store.getCertificate("agency"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
