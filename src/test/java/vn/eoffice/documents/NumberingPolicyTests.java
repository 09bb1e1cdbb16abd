package vn.eoffice.documents;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.eoffice.platform.DomainException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NumberingPolicyTests {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 26);

    @Test
    void partyNumbersUseAHyphenBeforeTheTypeAndPadBelowTen() {
        assertThat(NumberingPolicy.party().render(5, true, "HD", "BTGDVTU", null, DAY)).isEqualTo("05-HD/BTGDVTU");
        assertThat(NumberingPolicy.party().render(15, true, "HD", "BTGDVTU", null, DAY)).isEqualTo("15-HD/BTGDVTU");
    }

    @Test
    void stateNumbersUseASlashAndCongVanHasNoTypeCode() {
        var state = NumberingPolicy.state();
        assertThat(state.render(125, true, "QĐ", "UBND", null, DAY)).isEqualTo("125/QĐ-UBND");
        assertThat(state.render(5, false, "CV", "BNV", "VP", DAY)).isEqualTo("05/BNV-VP");
    }

    @Test
    void partySeriesRunPerTypeAndPerTermWithSecretDocumentsInTheSameSeries() {
        var party = NumberingPolicy.party();
        assertThat(party.seriesKey("HD", true)).isEqualTo(party.seriesKey("HD", false));
        assertThat(party.seriesKey("HD", false)).isNotEqualTo(party.seriesKey("KH", false));
        assertThat(party.periodKey(DAY, 7L)).isEqualTo("term:7");
        assertThat(party.periodKey(DAY.plusYears(1), 7L)).isEqualTo("term:7");
    }

    @Test
    void stateSeriesRestartEveryYearAndKeepSecretDocumentsApart() {
        var state = NumberingPolicy.state();
        assertThat(state.seriesKey("QĐ", false)).isEqualTo(state.seriesKey("KH", false));
        assertThat(state.seriesKey("QĐ", true)).isNotEqualTo(state.seriesKey("QĐ", false));
        assertThat(state.periodKey(LocalDate.of(2026, 12, 31), null))
                .isNotEqualTo(state.periodKey(LocalDate.of(2027, 1, 1), null));
    }

    @Test
    void perTermNumberingWithoutATermIsRefused() {
        assertThatThrownBy(() -> NumberingPolicy.party().periodKey(DAY, null))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("register.term.missing");
    }

    @Test
    void formatsMustContainTheNumberAndOnlyKnownPlaceholders() {
        assertThatThrownBy(() -> new NumberingPolicy(NumberingPolicy.Scope.SHARED, NumberingPolicy.Reset.NEVER,
                NumberingPolicy.SecretSeries.SHARED, "{type}/{org}", null)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> new NumberingPolicy(NumberingPolicy.Scope.SHARED, NumberingPolicy.Reset.NEVER,
                NumberingPolicy.SecretSeries.SHARED, "{n}/{boss}", null))
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("register.format.unknownPlaceholder");
    }
}
