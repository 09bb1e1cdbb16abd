package vn.eoffice.organization.addressbook;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.eoffice.platform.DomainException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The CSV parser and writer, without Spring. */
class AddressBookImportTests {

    @Test
    void readsQuotedFieldsWithSeparatorsQuotesAndLineBreaks() {
        var rows = CsvParser.parse("ten,dia_chi\r\n\"Sở Văn hóa, Thể thao\",\"Số 1 \"\"Mường Thanh\"\"\nĐiện Biên\"\r\nB,x\n");
        assertThat(rows).hasSize(3);
        assertThat(rows.get(1).fields()).containsExactly("Sở Văn hóa, Thể thao", "Số 1 \"Mường Thanh\"\nĐiện Biên");
        assertThat(rows.get(1).line()).isEqualTo(2);
        assertThat(rows.get(2).line()).as("the record after a two-line field starts on line 4").isEqualTo(4);
        assertThat(rows.get(2).fields()).containsExactly("B", "x");
    }

    @Test
    void detectsTheSemicolonSeparatorAndIgnoresTheByteOrderMark() {
        var rows = CsvParser.parse("\uFEFFten;ky_hieu\nBan A, B;BA");
        assertThat(rows.get(0).fields()).containsExactly("ten", "ky_hieu");
        assertThat(rows.get(1).fields()).containsExactly("Ban A, B", "BA");
    }

    @Test
    void keepsEmptyFieldsAndALastLineWithoutLineBreak() {
        var rows = CsvParser.parse("a,b,c\n,,\nx,,z");
        assertThat(rows.get(1).fields()).containsExactly("", "", "");
        assertThat(rows.get(1).blank()).isTrue();
        assertThat(rows.get(2).fields()).containsExactly("x", "", "z");
    }

    @Test
    void refusesAnUnclosedQuote() {
        assertThatThrownBy(() -> CsvParser.parse("ten\n\"Ban A\nBan B"))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).messageKey()).isEqualTo("addressBook.csv.unclosedQuote"));
    }

    @Test
    void writerQuotesWhatNeedsQuotingAndTheParserReadsItBack() {
        var values = List.of("Sở A, B", "say \"hi\"", "line\nbreak", "a;b", "plain", "Điện Biên");
        String csv = new CsvWriter(',').row(List.of("1", "2", "3", "4", "5", "6")).row(values).toString();
        assertThat(csv).startsWith(CsvWriter.BOM);
        var rows = CsvParser.parse(csv);
        assertThat(rows.get(1).fields()).containsExactlyElementsOf(values);
    }
}
