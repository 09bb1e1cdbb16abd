package vn.eoffice.exchange.edxml;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;

/**
 * The sending agency's private key and certificate (from its PKCS#12 key store). The key is taken into the native
 * RSA provider once, here, when that provider is available.
 */
public record SigningKey(PrivateKey privateKey, X509Certificate certificate) {

    public SigningKey {
        privateKey = NativeRsa.adopt(privateKey);
    }
}
