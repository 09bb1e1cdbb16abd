package vn.eoffice.meetings;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

class RecurrenceTextTests {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Locale VI = Locale.forLanguageTag("vi");
    /** Monday 7 December 2026, 08:00. */
    private static final ZonedDateTime MONDAY_8 = LocalDateTime.of(2026, 12, 7, 8, 0).atZone(ZONE);

    private final RecurrenceText text = new RecurrenceText(messages(), ZONE);

    @Test
    void weeklyOnOneDayReadsAsTheWeekdayEveryWeekWithItsTime() {
        assertThat(say("FREQ=WEEKLY;BYDAY=MO")).isEqualTo("Thứ Hai hằng tuần, 08:00");
    }

    @Test
    void weeklyWithoutDaysTakesTheStartsWeekday() {
        assertThat(say("FREQ=WEEKLY")).isEqualTo("Thứ Hai hằng tuần, 08:00");
    }

    @Test
    void severalWeekdaysAreListedWithAnd() {
        assertThat(say("FREQ=WEEKLY;BYDAY=MO,WE,FR")).isEqualTo("Thứ Hai, Thứ Tư và Thứ Sáu hằng tuần, 08:00");
        assertThat(say("FREQ=WEEKLY;BYDAY=SA,SU")).isEqualTo("Thứ Bảy và Chủ nhật hằng tuần, 08:00");
    }

    @Test
    void intervalsSayHowOften() {
        assertThat(say("FREQ=WEEKLY;INTERVAL=2;BYDAY=TH")).isEqualTo("Thứ Năm, 2 tuần một lần, 08:00");
        assertThat(say("FREQ=DAILY;INTERVAL=3")).isEqualTo("3 ngày một lần, 08:00");
        assertThat(say("FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=15")).isEqualTo("Ngày 15, 3 tháng một lần, 08:00");
    }

    @Test
    void dailyAndYearly() {
        assertThat(say("FREQ=DAILY")).isEqualTo("Hằng ngày, 08:00");
        assertThat(say("FREQ=YEARLY")).isEqualTo("Ngày 07/12 hằng năm, 08:00");
    }

    @Test
    void monthlyByDayOfMonthOrByWeekdayOfTheMonth() {
        assertThat(say("FREQ=MONTHLY;BYMONTHDAY=5")).isEqualTo("Ngày 5 hằng tháng, 08:00");
        assertThat(say("FREQ=MONTHLY")).isEqualTo("Ngày 7 hằng tháng, 08:00");
        assertThat(say("FREQ=MONTHLY;BYDAY=1MO")).isEqualTo("Thứ Hai tuần đầu tiên hằng tháng, 08:00");
        assertThat(say("FREQ=MONTHLY;BYDAY=-1FR")).isEqualTo("Thứ Sáu tuần cuối cùng hằng tháng, 08:00");
        assertThat(say("FREQ=MONTHLY;BYDAY=2TU")).isEqualTo("Thứ Ba tuần thứ 2 hằng tháng, 08:00");
    }

    @Test
    void countAndUntilEndTheSentence() {
        assertThat(say("FREQ=WEEKLY;BYDAY=MO;COUNT=10")).isEqualTo("Thứ Hai hằng tuần, 08:00, 10 lần");
        assertThat(say("FREQ=WEEKLY;BYDAY=MO;UNTIL=20270331T165959Z"))
                .isEqualTo("Thứ Hai hằng tuần, 08:00, đến hết ngày 31/03/2027");
    }

    @Test
    void aRuleThatCannotBeSaidNeverShowsItsCode() {
        assertThat(say("FREQ=HOURLY")).isEqualTo("Lặp lại theo lịch riêng").doesNotContain("FREQ");
        assertThat(say("nonsense")).isEqualTo("Lặp lại theo lịch riêng");
    }

    @Test
    void englishToo() {
        assertThat(text.describe("FREQ=WEEKLY;BYDAY=MO", MONDAY_8, Locale.ENGLISH)).isEqualTo("Every Monday, 08:00");
    }

    private String say(String rule) {
        return text.describe(rule, MONDAY_8, VI);
    }

    private static ResourceBundleMessageSource messages() {
        var source = new ResourceBundleMessageSource();
        source.setBasename("i18n/meetings");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
