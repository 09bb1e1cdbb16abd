package vn.eoffice.signing;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Signing settings.
 *
 * @param tsaUrl        an RFC 3161 time-stamping authority; empty = no time-stamp
 * @param masterKey     base64 of a 256-bit AES key that encrypts the agency keys' passwords; empty = the key file
 * @param masterKeyFile where a generated master key is kept when {@code masterKey} is empty
 * @param demoKeys      demo profile: generate a demo CA and keys for the demo signers and agency at first start
 */
@ConfigurationProperties("eoffice.signing")
record SigningProperties(String tsaUrl, String masterKey,
        @DefaultValue("./data/signing/master.key") Path masterKeyFile, @DefaultValue("true") boolean demoKeys) {

    boolean timeStamping() {
        return tsaUrl != null && !tsaUrl.isBlank();
    }
}
