package vn.eoffice.signing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.UnrecoverableKeyException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The local adapter of {@link ExternalSigner}: a PKCS#12 file unlocked by its password for one signing. Opening it
 * checks what makes a certificate fit for signing: the password, the validity dates and the key usage.
 */
public final class Pkcs12Signer implements ExternalSigner {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final PrivateKey key;
    private final List<X509Certificate> chain;

    private Pkcs12Signer(PrivateKey key, List<X509Certificate> chain) {
        this.key = key;
        this.chain = chain;
    }

    /** Opens the file and checks it at the given instant; refusals carry a Vietnamese message key. */
    public static Pkcs12Signer open(byte[] pkcs12, char[] password, Instant now, ZoneId zone) {
        if (pkcs12 == null || pkcs12.length == 0) {
            throw new SigningFailedException("signing.key.required", null);
        }
        if (password == null || password.length == 0) {
            throw new SigningFailedException("signing.key.passwordRequired", null);
        }
        KeyStore store;
        try {
            store = KeyStore.getInstance("PKCS12");
            store.load(new ByteArrayInputStream(pkcs12), password);
        } catch (IOException e) {
            if (e.getCause() instanceof UnrecoverableKeyException || e.getMessage() != null
                    && e.getMessage().toLowerCase().contains("password")) {
                throw new SigningFailedException("signing.key.wrongPassword", e);
            }
            throw new SigningFailedException("signing.key.unreadable", e);
        } catch (GeneralSecurityException e) {
            throw new SigningFailedException("signing.key.unreadable", e);
        }
        try {
            for (String alias : Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias)) {
                    var key = (PrivateKey) store.getKey(alias, password);
                    var chain = Arrays.stream(store.getCertificateChain(alias))
                            .map(X509Certificate.class::cast).toList();
                    check(chain.get(0), now, zone);
                    return new Pkcs12Signer(key, chain);
                }
            }
        } catch (UnrecoverableKeyException e) {
            throw new SigningFailedException("signing.key.wrongPassword", e);
        } catch (GeneralSecurityException e) {
            throw new SigningFailedException("signing.key.unreadable", e);
        }
        throw new SigningFailedException("signing.key.noPrivateKey", null);
    }

    static void check(X509Certificate certificate, Instant now, ZoneId zone) {
        if (now.isAfter(certificate.getNotAfter().toInstant())) {
            throw new SigningFailedException("signing.key.expired", null,
                    DAY.format(certificate.getNotAfter().toInstant().atZone(zone)));
        }
        if (now.isBefore(certificate.getNotBefore().toInstant())) {
            throw new SigningFailedException("signing.key.notYetValid", null,
                    DAY.format(certificate.getNotBefore().toInstant().atZone(zone)));
        }
        boolean[] usage = certificate.getKeyUsage();
        // digitalSignature (0) or nonRepudiation (1); a certificate without the extension is not restricted
        if (usage != null && !(usage[0] || usage.length > 1 && usage[1])) {
            throw new SigningFailedException("signing.key.noSigningUsage", null);
        }
    }

    public X509Certificate certificate() {
        return chain.get(0);
    }

    @Override
    public List<X509Certificate> certificateChain() {
        return chain;
    }

    @Override
    public byte[] sign(byte[] sha256Digest) {
        return Cms.detached(sha256Digest, key, chain);
    }
}
