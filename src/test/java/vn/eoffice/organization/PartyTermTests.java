package vn.eoffice.organization;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.eoffice.platform.DomainException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PartyTermTests {

    private final PartyTerm term = new PartyTerm(1L, "2020–2025", LocalDate.of(2020, 10, 16),
            LocalDate.of(2025, 10, 15));

    @Test
    void includesTheCongressDaysAtBothEnds() {
        assertThat(term.includes(LocalDate.of(2020, 10, 16))).isTrue();
        assertThat(term.includes(LocalDate.of(2025, 10, 15))).isTrue();
        assertThat(term.includes(LocalDate.of(2025, 10, 16))).isFalse();
        assertThat(term.includes(LocalDate.of(2020, 10, 15))).isFalse();
    }

    @Test
    void refusesAnEndBeforeTheStart() {
        assertThatThrownBy(() -> new PartyTerm(1L, "x", LocalDate.of(2025, 1, 2), LocalDate.of(2025, 1, 1)))
                .isInstanceOf(DomainException.class).hasMessage("validity.to.beforeFrom");
    }

    @Test
    void refusesAMissingNameOrStart() {
        assertThatThrownBy(() -> new PartyTerm(1L, " ", LocalDate.of(2025, 1, 1), null))
                .hasMessage("term.name.required");
        assertThatThrownBy(() -> new PartyTerm(1L, "2025–2030", null, null)).hasMessage("term.start.required");
    }

    @Test
    void overlapsWhenSharingOneDayEvenAtTheEdge() {
        assertThat(term.overlaps(LocalDate.of(2025, 10, 15), null)).isTrue();
        assertThat(term.overlaps(LocalDate.of(2015, 1, 1), LocalDate.of(2020, 10, 16))).isTrue();
        assertThat(term.overlaps(LocalDate.of(2025, 10, 16), null)).isFalse();
        assertThat(term.overlaps(LocalDate.of(2015, 1, 1), LocalDate.of(2020, 10, 15))).isFalse();
    }

    @Test
    void anOpenTermOverlapsEverythingAfterItsStart() {
        var open = new PartyTerm(1L, "2025–2030", LocalDate.of(2025, 10, 16), null);
        assertThat(open.overlaps(LocalDate.of(2040, 1, 1), LocalDate.of(2040, 12, 31))).isTrue();
        assertThat(open.overlaps(LocalDate.of(2020, 1, 1), LocalDate.of(2025, 10, 15))).isFalse();
    }
}
