package vn.eoffice.platform;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings shared by every module.
 */
@ConfigurationProperties("eoffice")
public record EOfficeProperties(@DefaultValue("Asia/Ho_Chi_Minh") ZoneId timeZone) {
}
