package vn.eoffice.documents;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How this installation keeps documents. {@code secretFiles = METADATA_ONLY} is for deployments on networked
 * machines: a secret document is registered with its particulars only, never its files (Luật Bảo vệ bí mật nhà nước
 * 2018: secret content is not stored on machines connected to a network); its paper copy is kept by the rules.
 */
@ConfigurationProperties("eoffice.documents")
record DocumentsProperties(@DefaultValue("KEEP") SecretFiles secretFiles) {

    enum SecretFiles {
        KEEP, METADATA_ONLY
    }

    boolean keepsSecretFiles() {
        return secretFiles == SecretFiles.KEEP;
    }
}
