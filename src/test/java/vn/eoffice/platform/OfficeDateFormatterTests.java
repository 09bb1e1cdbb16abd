package vn.eoffice.platform;

import java.text.ParseException;
import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OfficeDateFormatterTests {

    private final OfficeDateFormatter formatter = new OfficeDateFormatter();

    @ParameterizedTest
    @ValueSource(strings = { "05/03/2027", "5/3/2027", " 05/03/2027 ", "05-03-2027", "05.03.2027", "2027-03-05" })
    void readsDayFirstAndIso(String text) throws ParseException {
        assertThat(formatter.parse(text, Locale.US)).isEqualTo(LocalDate.of(2027, 3, 5));
    }

    @ParameterizedTest
    @ValueSource(strings = { "31/02/2027", "03/05/27", "13/13/2027", "2027-02-30", "05/03/2027x", "hôm nay" })
    void refusesWhatIsNotADate(String text) {
        assertThatThrownBy(() -> formatter.parse(text, Locale.US)).isInstanceOf(ParseException.class);
    }

    @Test
    void printsDayMonthYear() {
        assertThat(formatter.print(LocalDate.of(2027, 3, 5), Locale.US)).isEqualTo("05/03/2027");
    }
}
