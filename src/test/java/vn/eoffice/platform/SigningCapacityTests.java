package vn.eoffice.platform;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Thẩm quyền ký as the two rulebooks write it before the signer's title (DOMAIN.md §8). */
class SigningCapacityTests {

    @Test
    void aChosenAuthorityIsPrintedBeforeItsLineInCapitals() {
        assertThat(SigningCapacity.choose(SigningAuthority.KT, "Trưởng ban").text()).isEqualTo("K/T TRƯỞNG BAN");
        assertThat(SigningCapacity.choose(SigningAuthority.TM, "  ban  thường vụ ").text())
                .isEqualTo("T/M BAN THƯỜNG VỤ");
        assertThat(SigningCapacity.choose(SigningAuthority.TL, "TRƯỞNG BAN").text()).isEqualTo("T/L TRƯỞNG BAN");
        assertThat(SigningCapacity.choose(SigningAuthority.TUQ, "Trưởng ban").text()).isEqualTo("TUQ. TRƯỞNG BAN");
        assertThat(SigningCapacity.choose(SigningAuthority.Q, "Chánh Văn phòng").text())
                .isEqualTo("Q. CHÁNH VĂN PHÒNG");
    }

    @Test
    void theHeadSigningInTheirOwnNameHasNoAuthorityAndNoLine() {
        var none = SigningCapacity.choose(SigningAuthority.NONE, "TRƯỞNG BAN");

        assertThat(none.isNone()).isTrue();
        assertThat(none.line()).isNull();
        assertThat(none.text()).isNull();
        assertThat(SigningCapacity.choose(null, null)).isEqualTo(SigningCapacity.NONE);
    }

    @Test
    void theAuthorityTypedAgainInTheLineIsNotPrintedTwice() {
        assertThat(SigningCapacity.choose(SigningAuthority.KT, "K/T TRƯỞNG BAN").text()).isEqualTo("K/T TRƯỞNG BAN");
        assertThat(SigningCapacity.choose(SigningAuthority.KT, "KT. Trưởng ban").text()).isEqualTo("K/T TRƯỞNG BAN");
        // another authority at the start is the line itself, kept as written
        assertThat(SigningCapacity.choose(SigningAuthority.TL, "Q. TRƯỞNG BAN").text()).isEqualTo("T/L Q. TRƯỞNG BAN");
    }

    @Test
    void refusesAnAuthorityWithoutItsLineALineOnTwoLinesAndATooLongOne() {
        assertThatThrownBy(() -> SigningCapacity.choose(SigningAuthority.KT, "  ")).isInstanceOf(DomainException.class)
                .hasMessage("signingAuthority.lineRequired");
        assertThatThrownBy(() -> SigningCapacity.choose(SigningAuthority.KT, "K/T")).isInstanceOf(DomainException.class)
                .hasMessage("signingAuthority.lineRequired");
        assertThatThrownBy(() -> SigningCapacity.choose(SigningAuthority.TM, "BAN THƯỜNG VỤ\nTỈNH ỦY"))
                .isInstanceOf(DomainException.class).hasMessage("signingAuthority.lineInvalid");
        assertThatThrownBy(() -> SigningCapacity.choose(SigningAuthority.TM, "B".repeat(SigningCapacity.MAX_LINE + 1)))
                .isInstanceOf(DomainException.class).hasMessage("signingAuthority.lineTooLong");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            K/T TRƯỞNG BAN      | KT   | TRƯỞNG BAN    | K/T TRƯỞNG BAN
            KT. Chủ tịch        | KT   | CHỦ TỊCH      | K/T CHỦ TỊCH
            KT CHỦ TỊCH         | KT   | CHỦ TỊCH      | K/T CHỦ TỊCH
            TM. Ủy ban nhân dân | TM   | ỦY BAN NHÂN DÂN | T/M ỦY BAN NHÂN DÂN
            T/M BAN THƯỜNG VỤ   | TM   | BAN THƯỜNG VỤ | T/M BAN THƯỜNG VỤ
            TL. Bộ trưởng       | TL   | BỘ TRƯỞNG     | T/L BỘ TRƯỞNG
            T/UQ. CHỦ TỊCH      | TUQ  | CHỦ TỊCH      | TUQ. CHỦ TỊCH
            TUQ. CHỦ TỊCH       | TUQ  | CHỦ TỊCH      | TUQ. CHỦ TỊCH
            Q. TRƯỞNG BAN       | Q    | TRƯỞNG BAN    | Q. TRƯỞNG BAN
            K/T                 | KT   | -             | K/T
            Phó Trưởng ban      | NONE | -             | -
            TMX BAN             | NONE | -             | -
            """)
    void readsACompetenceAsAnotherSystemWroteIt(String competence, SigningAuthority authority, String line,
            String printed) {
        var capacity = SigningCapacity.read(competence);

        assertThat(capacity.authority()).isEqualTo(authority);
        assertThat(capacity.line()).isEqualTo(line);
        assertThat(capacity.text()).isEqualTo(printed);
    }

    @Test
    void readsNothingAsNoAuthority() {
        assertThat(SigningCapacity.read(null)).isEqualTo(SigningCapacity.NONE);
        assertThat(SigningCapacity.read("   ")).isEqualTo(SigningCapacity.NONE);
    }

    @Test
    void everyAuthorityIsFoundAgainFromItsPrefix() {
        for (var authority : SigningAuthority.values()) {
            if (authority != SigningAuthority.NONE) {
                assertThat(SigningAuthority.ofPrefix(authority.prefix())).contains(authority);
                assertThat(SigningCapacity.read(SigningCapacity.choose(authority, "TRƯỞNG BAN").text()))
                        .isEqualTo(SigningCapacity.choose(authority, "TRƯỞNG BAN"));
            }
        }
        assertThat(SigningAuthority.ofPrefix("X")).isEmpty();
    }
}
