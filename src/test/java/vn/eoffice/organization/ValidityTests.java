package vn.eoffice.organization;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.eoffice.platform.DomainException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ValidityTests {

    private static final LocalDate FROM = LocalDate.of(2025, 3, 1);
    private static final LocalDate TO = LocalDate.of(2025, 6, 30);

    @Test
    void includesBothTheFirstAndTheLastDay() {
        var validity = new Validity(FROM, TO);
        assertThat(validity.includes(FROM)).isTrue();
        assertThat(validity.includes(TO)).isTrue();
        assertThat(validity.includes(FROM.minusDays(1))).isFalse();
        assertThat(validity.includes(TO.plusDays(1))).isFalse();
    }

    @Test
    void openEndLastsUntilFurtherNotice() {
        assertThat(Validity.from(FROM).includes(LocalDate.of(2099, 12, 31))).isTrue();
    }

    @Test
    void refusesAnEndBeforeTheStart() {
        assertThatThrownBy(() -> new Validity(FROM, FROM.minusDays(1)))
                .isInstanceOf(DomainException.class).hasMessage("validity.to.beforeFrom");
    }

    @Test
    void aOneDayValidityIsAllowed() {
        assertThat(new Validity(FROM, FROM).includes(FROM)).isTrue();
    }

    @Test
    void requiresAStart() {
        assertThatThrownBy(() -> new Validity(null, TO)).isInstanceOf(DomainException.class)
                .hasMessage("validity.from.required");
    }
}
