package vn.eoffice.signing;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Signing settings.
 *
 * @param tsaUrl   an RFC 3161 time-stamping authority; empty = no time-stamp
 * @param demoKeys demo profile: generate a demo CA and keys for the demo signers and agency at first start
 */
@ConfigurationProperties("eoffice.signing")
record SigningProperties(String tsaUrl, @DefaultValue("true") boolean demoKeys) {

    boolean timeStamping() {
        return tsaUrl != null && !tsaUrl.isBlank();
    }
}
