package vn.eoffice.platform;

import java.nio.file.Path;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings shared by every module.
 *
 * @param timeZone the office's zone: calendar dates, deadlines and what users see
 * @param backgroundThreads threads for CPU-heavy work after a commit ({@link BackgroundWork}); 0 means one per core
 * @param publicBaseUrl the address people and other systems open eOffice at (e.g. {@code https://eoffice.dcs.vn}),
 *        for the links that leave the system: calendar feeds, iCalendar events, e-mails; empty means "the address
 *        of the current request" ({@link PublicBaseUrl})
 * @param masterKey base64 of the 256-bit AES key of {@link SecretBox}; empty = the key file
 * @param masterKeyFile where a generated master key is kept when {@code masterKey} is empty
 */
@ConfigurationProperties("eoffice")
public record EOfficeProperties(@DefaultValue("Asia/Ho_Chi_Minh") ZoneId timeZone,
        @DefaultValue("0") int backgroundThreads, @DefaultValue("") String publicBaseUrl, String masterKey,
        @DefaultValue("./data/signing/master.key") Path masterKeyFile) {
}
