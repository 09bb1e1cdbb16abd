package vn.eoffice.exchange.edxml;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;

/**
 * The sending agency's private key and certificate (from its PKCS#12 key store).
 */
public record SigningKey(PrivateKey privateKey, X509Certificate certificate) {
}
