package vn.eoffice.documents;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import vn.eoffice.documents.Notation.Rulebook;
import vn.eoffice.platform.DomainException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Numbers and symbols as real Party and State documents carry them (DOMAIN.md §2, §8). */
class NotationTests {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # typed                  | kept as              | rulebook | number | year | type | bodies
            15-HD/BTGDVTU            | 15-HD/BTGDVTU        | PARTY    | 15     | -    | HD   | BTGDVTU
            số 15-CV/BTGDVTU         | 15-CV/BTGDVTU        | PARTY    | 15     | -    | CV   | BTGDVTU
            Số: 125/QĐ-UBND          | 125/QĐ-UBND          | STATE    | 125    | -    | QĐ   | UBND
            234-CV/BTGTU             | 234-CV/BTGTU         | PARTY    | 234    | -    | CV   | BTGTU
            240-KH/TU                | 240-KH/TU            | PARTY    | 240    | -    | KH   | TU
            66-QĐ/TW                 | 66-QĐ/TW             | PARTY    | 66     | -    | QĐ   | TW
            36-HD/VPTW               | 36-HD/VPTW           | PARTY    | 36     | -    | HD   | VPTW
            12/2025/QĐ-UBND          | 12/2025/QĐ-UBND      | STATE    | 12     | 2025 | QĐ   | UBND
            12/2025/NĐ-CP            | 12/2025/NĐ-CP        | STATE    | 12     | 2025 | NĐ   | CP
            30/2020/NĐ-CP            | 30/2020/NĐ-CP        | STATE    | 30     | 2020 | NĐ   | CP
            01/2025/TTLT-BTC-BNV     | 01/2025/TTLT-BTC-BNV | STATE    | 01     | 2025 | TTLT | BTC BNV
            45/TB-UBND               | 45/TB-UBND           | STATE    | 45     | -    | TB   | UBND
            05/UBND-VP               | 05/UBND-VP           | STATE    | 05     | -    | -    | UBND VP
            05/BNV-VP                | 05/BNV-VP            | STATE    | 05     | -    | -    | BNV VP
            '  12/2025/QĐ-UBND  '    | 12/2025/QĐ-UBND      | STATE    | 12     | 2025 | QĐ   | UBND
            12 / 2025 / QĐ-UBND      | 12 / 2025 / QĐ-UBND  | STATE    | 12     | 2025 | QĐ   | UBND
            12/2025/QĐ–UBND          | 12/2025/QĐ–UBND      | STATE    | 12     | 2025 | QĐ   | UBND
            125/QÐ-UBND              | 125/QÐ-UBND          | STATE    | 125    | -    | QÐ   | UBND
            Không số                 | Không số             | OTHER    | -      | -    | -    | -
            125                      | 125                  | OTHER    | 125    | -    | -    | -
            15-HD/                   | 15-HD/               | OTHER    | 15     | -    | -    | -
            TB/UBND (không số)       | TB/UBND (không số)   | OTHER    | -      | -    | -    | -
            """)
    void readsBothRulebooksAndKeepsTheTextAsIssued(String typed, String kept, Rulebook rulebook, String number,
            Integer year, String type, String bodies) {
        var notation = Notation.parse(typed);

        assertThat(notation.text()).isEqualTo(kept);
        assertThat(notation.rulebook()).isEqualTo(rulebook);
        assertThat(notation.number()).isEqualTo(number);
        assertThat(notation.year()).isEqualTo(year);
        assertThat(notation.typeCode()).isEqualTo(type);
        assertThat(notation.bodies()).isEqualTo(bodies == null ? List.of() : Arrays.asList(bodies.split(" ")));
    }

    @Test
    void aStateYearIsNeverTurnedIntoAPartyHyphen() {
        var notation = Notation.parse("12/2025/QĐ-UBND");

        assertThat(notation.codeNumber()).isEqualTo("12");
        assertThat(notation.codeNotation()).isEqualTo("2025/QĐ-UBND");
        assertThat(Notation.fromCode(notation.codeNumber(), notation.codeNotation())).isEqualTo("12/2025/QĐ-UBND");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "15-HD/BTGDVTU", "234-CV/BTGTU", "12/2025/QĐ-UBND", "12/2025/NĐ-CP", "45/TB-UBND",
            "05/UBND-VP", "125/QĐ-UBND", "01/2025/TTLT-BTC-BNV", "Không số", "12 / 2025 / QĐ-UBND" })
    void edxmlCodeNumberAndCodeNotationGiveBackTheNotationAsIssued(String issued) {
        var notation = Notation.parse(issued);

        assertThat(Notation.fromCode(notation.codeNumber(), notation.codeNotation())).isEqualTo(issued);
    }

    @Test
    void aSenderThatPutsTheWholeNotationInCodeNotationIsReadAsItWroteIt() {
        assertThat(Notation.fromCode("12", "12/2025/QĐ-UBND")).isEqualTo("12/2025/QĐ-UBND");
        assertThat(Notation.fromCode("15", "15-HD/BTGDVTU")).isEqualTo("15-HD/BTGDVTU");
        assertThat(Notation.fromCode("0", "Không số")).isEqualTo("Không số");
        assertThat(Notation.fromCode(null, "TB-UBND")).isEqualTo("TB-UBND");
    }

    @Test
    void keepsTheNotationInUnicodeNfc() {
        String decomposed = Normalizer.normalize("12/2025/QĐ-UBND tỉnh", Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo("12/2025/QĐ-UBND tỉnh");

        assertThat(Notation.parse(decomposed).text()).isEqualTo("12/2025/QĐ-UBND tỉnh");
    }

    @Test
    void theSameNumberTypedAnotherWayIsTheSameDocument() {
        var issued = Notation.parse("12/2025/QĐ-UBND");

        assertThat(issued.sameAs(Notation.parse("12/2025/qđ-ubnd"))).isTrue();
        assertThat(issued.sameAs(Notation.parse("12 / 2025 / QĐ-UBND"))).isTrue();
        assertThat(issued.sameAs(Notation.parse("12/2025/QÐ-UBND"))).isTrue();
        assertThat(issued.sameAs(Notation.parse("12/2025/QĐ–UBND"))).isTrue();
        assertThat(issued.sameAs(Notation.parse("12-2025/QĐ-UBND"))).isFalse();
        assertThat(issued.sameAs(Notation.parse("13/2025/QĐ-UBND"))).isFalse();
        assertThat(issued.sameAs(Notation.parse("12/2024/QĐ-UBND"))).isFalse();
    }

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            '   '                     | document.notation.required
            '---'                     | document.notation.invalid
            '/-/'                     | document.notation.invalid
            '12/05/2025'              | document.notation.looksLikeDate
            '05.12.2025'              | document.notation.looksLikeDate
            """)
    void refusesWhatCannotBeANotation(String typed, String messageKey) {
        assertThatThrownBy(() -> Notation.parse(typed)).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo(messageKey);
    }

    @Test
    void refusesNothingAtAllALineBreakAndTextLongerThanTheRegisterKeeps() {
        assertThatThrownBy(() -> Notation.parse(null)).isInstanceOf(DomainException.class)
                .hasMessage("document.notation.required");
        assertThatThrownBy(() -> Notation.parse("15-HD/\nBTGDVTU")).isInstanceOf(DomainException.class)
                .hasMessage("document.notation.invalid");
        assertThatThrownBy(() -> Notation.parse("15-HD/" + "B".repeat(Notation.MAX_LENGTH)))
                .isInstanceOf(DomainException.class).hasMessage("document.notation.tooLong");
        assertThat(Notation.parse("15-HD/" + "B".repeat(Notation.MAX_LENGTH - 6)).text()).hasSize(Notation.MAX_LENGTH);
    }

    @Test
    void readsStoredNotationsWithoutRefusingThem() {
        assertThat(Notation.of("12/2025/QĐ-UBND").year()).isEqualTo(2025);
        assertThat(Notation.of(null).codeNumber()).isEqualTo("0");
        assertThat(Notation.of("12/05/2025").rulebook()).isEqualTo(Rulebook.OTHER);
    }
}
