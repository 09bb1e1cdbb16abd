package vn.eoffice.people;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The knowledge-update due day is a setting (MM-dd) that each province's guidance may change. */
class PeoplePropertiesTests {

    @Test
    void theDueDayFallsInThePlansYearAndABadDayStopsTheStart() {
        assertThat(new PeopleProperties("VP", "11-30").knowledgeUpdateDue(2027)).isEqualTo(LocalDate.of(2027, 11, 30));
        assertThat(new PeopleProperties("VP", "10-15").knowledgeUpdateDue(2026)).isEqualTo(LocalDate.of(2026, 10, 15));
        assertThatThrownBy(() -> new PeopleProperties("VP", "31-11")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("MM-dd");
        assertThatThrownBy(() -> new PeopleProperties("VP", "30/11")).isInstanceOf(IllegalArgumentException.class);
    }
}
