package vn.eoffice;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The calendar date in the office's time zone ({@code eoffice.time-zone}), which is what the application calls
 * "today". Tests run the JVM in UTC, so {@code OfficeDate.today()} is yesterday in Điện Biên from 17:00 to 24:00 UTC.
 */
public final class OfficeDate {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private OfficeDate() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }
}
