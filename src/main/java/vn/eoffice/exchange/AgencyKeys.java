package vn.eoffice.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.eoffice.exchange.edxml.SigningKey;

/**
 * This installation's signing key and certificate, read once from the configured PKCS#12 key store. When
 * {@code generate-key-store} is on (the demo profile) and the file is missing, a self-signed key store is made with
 * the JDK's keytool.
 */
@Component
class AgencyKeys {

    private static final Logger log = LoggerFactory.getLogger(AgencyKeys.class);

    private final ExchangeProperties properties;
    private final boolean demo;
    private volatile SigningKey key;

    AgencyKeys(ExchangeProperties properties, org.springframework.core.env.Environment environment) {
        this.properties = properties;
        this.demo = environment.matchesProfiles("demo");
    }

    SigningKey signingKey() {
        SigningKey current = key;
        if (current == null) {
            synchronized (this) {
                if (key == null) {
                    key = load();
                }
                current = key;
            }
        }
        return current;
    }

    X509Certificate certificate() {
        return signingKey().certificate();
    }

    private SigningKey load() {
        var path = properties.keyStore();
        char[] password = properties.keyStorePassword().toCharArray();
        try {
            if (!Files.exists(path)) {
                if (!properties.generateKeyStore() && !demo) {
                    throw new IllegalStateException("exchange key store missing: " + path.toAbsolutePath()
                            + " (eoffice.exchange.key-store)");
                }
                generate(path, properties.keyStorePassword(), properties.keyAlias(), "CN=eOffice exchange demo, O=eOffice, C=VN");
                log.info("Generated a self-signed exchange key store at {}", path.toAbsolutePath());
            }
            var store = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(path)) {
                store.load(in, password);
            }
            var privateKey = (PrivateKey) store.getKey(properties.keyAlias(), password);
            var certificate = (X509Certificate) store.getCertificate(properties.keyAlias());
            if (privateKey == null || certificate == null) {
                throw new IllegalStateException("no key '" + properties.keyAlias() + "' in " + path);
            }
            return new SigningKey(privateKey, certificate);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot read the exchange key store " + path, e);
        }
    }

    /** A self-signed RSA 2048 key store made by the JDK's keytool (no extra library needed). */
    static void generate(java.nio.file.Path path, String password, String alias, String distinguishedName) {
        try {
            if (path.toAbsolutePath().getParent() != null) {
                Files.createDirectories(path.toAbsolutePath().getParent());
            }
            String keytool = java.nio.file.Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
            var process = new ProcessBuilder(keytool, "-genkeypair", "-keyalg", "RSA", "-keysize", "2048",
                    "-sigalg", "SHA256withRSA", "-validity", "3650", "-storetype", "PKCS12",
                    "-keystore", path.toString(), "-storepass", password,
                    "-alias", alias, "-dname", distinguishedName).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("keytool failed: " + output);
            }
        } catch (IOException e) {
            throw new IllegalStateException("keytool could not run", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
