package vn.eoffice.exchange.edxml;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.interfaces.RSAPrivateCrtKey;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.amazon.corretto.crypto.provider.AmazonCorrettoCryptoProvider;

/**
 * RSA signing in native code: the Amazon Corretto Crypto Provider (AWS-LC) signs about three times faster than the
 * JDK's provider, and every package and every acknowledgement is signed. It serves the exchange's signatures only
 * and is never installed for the whole JVM; where its library does not load (another CPU or OS), the JDK's
 * provider signs as before (ADR 0019).
 */
final class NativeRsa {

    private static final Logger log = LoggerFactory.getLogger(NativeRsa.class);
    private static final Provider PROVIDER = load();

    private NativeRsa() {
    }

    /** The key in the native provider's form when it can sign with it, else the key itself. */
    static PrivateKey adopt(PrivateKey key) {
        if (PROVIDER == null || !(key instanceof RSAPrivateCrtKey)) {
            return key;
        }
        try {
            return (PrivateKey) KeyFactory.getInstance("RSA", PROVIDER).translateKey(key);
        } catch (GeneralSecurityException | RuntimeException e) {
            log.warn("native RSA cannot take the signing key, the JDK signs instead: {}", e.toString());
            return key;
        }
    }

    /** The provider to sign with {@code key}: the native one for a key it adopted, else null (the JDK's choice). */
    static Provider signerOf(PrivateKey key) {
        return PROVIDER != null && key.getClass().getPackageName().equals(PROVIDER.getClass().getPackageName())
                ? PROVIDER : null;
    }

    private static Provider load() {
        try {
            var provider = AmazonCorrettoCryptoProvider.INSTANCE;
            Throwable error = provider.getLoadingError();
            if (error != null) {
                log.info("native RSA unavailable here, the JDK signs exchange packages: {}", error.toString());
                return null;
            }
            return provider;
        } catch (LinkageError | RuntimeException e) {
            log.info("native RSA unavailable here, the JDK signs exchange packages: {}", e.toString());
            return null;
        }
    }
}
