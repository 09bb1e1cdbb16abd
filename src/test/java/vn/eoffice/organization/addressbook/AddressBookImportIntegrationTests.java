package vn.eoffice.organization.addressbook;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.PageRequest;

import vn.eoffice.IntegrationTest;
import vn.eoffice.organization.AgencyCatalog;
import vn.eoffice.organization.AgencyKind;
import vn.eoffice.organization.addressbook.ImportReport.Problem;
import vn.eoffice.platform.DomainException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

@IntegrationTest
@AutoConfigureMockMvc
class AddressBookImportIntegrationTests {

    private static final Random RANDOM = new Random();

    @Autowired AddressBookImport importer;
    @Autowired AddressBookExport exporter;
    @Autowired AgencyCatalog catalog;

    @Test
    void importsExactlyTheGoodRowsAndReportsEveryBadOne() {
        String good1 = code();
        String good2 = code();
        String repeated = code();
        String marker = "Sở Thử nghiệm " + good1;
        String csv = "\uFEFFten;ten_viet_tat;ky_hieu;ma_dinh_danh;loai;dia_chi;dien_thoai;email;website\r\n"
                + marker + ";Sở TN;STN;" + good1 + ";Cơ quan nhà nước;\"Số 5, phố Mường Thanh; Điện Biên\";0215;"
                + "stn@dienbien.gov.vn;\n"
                + "Ủy ban Mặt trận " + good2 + ";;MTTQ;" + repeated + ";MASS_ORGANISATION;;;;\n"
                + "Sai mã " + good2 + ";;SM;000.00.00.h14;;;;;\n"
                + ";;TT;" + code() + ";;;;;\n"
                + "Trùng mã " + good2 + ";;TM;" + repeated + ";;;;;\n"
                + "Đã có " + good2 + ";;DC;000.00.00.H17;;;;;\n"
                + "Loại lạ " + good2 + ";;LL;;Hội đồng;;;;\n"
                + "Thư sai " + good2 + ";;TS;;;;;khong-phai-email;\n"
                + "Không mã " + good2 + ";;KM;;;;;;\n";

        var report = importer.importCsv(csv.getBytes(StandardCharsets.UTF_8), false);

        assertThat(report.rows()).isEqualTo(9);
        assertThat(report.imported()).isEqualTo(3);
        assertThat(report.problems()).extracting(Problem::row, Problem::column, Problem::messageKey).containsExactly(
                tuple(4, "ma_dinh_danh", "agency.identifierCode.format"),
                tuple(5, "ten", "field.required"),
                tuple(6, "ma_dinh_danh", "addressBook.row.codeRepeated"),
                tuple(7, "ma_dinh_danh", "addressBook.row.codeExists"),
                tuple(8, "loai", "addressBook.row.unknownKind"),
                tuple(9, "email", "agency.email.format"));
        var imported = catalog.search(false, "so thu nghiem " + good1, PageRequest.of(0, 5)).getContent();
        assertThat(imported).singleElement().satisfies(agency -> {
            assertThat(agency.getName()).isEqualTo(marker);
            assertThat(agency.getAddress()).isEqualTo("Số 5, phố Mường Thanh; Điện Biên");
            assertThat(agency.getKind()).isEqualTo(AgencyKind.STATE_AGENCY);
            assertThat(agency.isHosted()).isFalse();
        });
        assertThat(catalog.search(false, good2, PageRequest.of(0, 20)).getContent())
                .extracting(a -> a.getAbbreviation()).containsExactlyInAnyOrder("MTTQ", "KM");
    }

    @Test
    void allOrNothingImportsNothingWhenAnyRowIsBad() {
        String good = code();
        String csv = "ten,ky_hieu,ma_dinh_danh\nBan Tốt " + good + ",BT," + good + "\nBan Xấu,BX,12.34\n";

        var report = importer.importCsv(csv.getBytes(StandardCharsets.UTF_8), true);

        assertThat(report.imported()).isZero();
        assertThat(report.problems()).extracting(Problem::row).containsExactly(3);
        assertThat(catalog.identifierCodes()).doesNotContain(good);
    }

    @Test
    void refusesAnOversizedFileWithAMessage() {
        byte[] big = new byte[AddressBookImport.MAX_BYTES + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        assertThatThrownBy(() -> importer.importCsv(big, false)).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).messageKey()).isEqualTo("addressBook.import.tooLarge"));
    }

    @Test
    void refusesTooManyRowsAndFilesThatAreNotUtf8() {
        var many = new StringBuilder("ten,ky_hieu\n");
        for (int i = 0; i <= AddressBookImport.MAX_ROWS; i++) {
            many.append("A").append(i).append(",A\n");
        }
        assertThatThrownBy(() -> importer.importCsv(many.toString().getBytes(StandardCharsets.UTF_8), false))
                .hasMessage("addressBook.import.tooManyRows");
        byte[] latin1 = "ten,ky_hieu\nS\u1edf,S".getBytes(StandardCharsets.UTF_16LE);
        assertThatThrownBy(() -> importer.importCsv(latin1, false)).hasMessage("addressBook.import.notUtf8");
        assertThatThrownBy(() -> importer.importCsv("ten,email\nA,b".getBytes(StandardCharsets.UTF_8), false))
                .hasMessage("addressBook.import.missingColumn");
    }

    @Test
    void exportRoundTripsThroughTheImportFormat() {
        String code = code();
        String name = "Hội \"Văn học, Nghệ thuật\" " + code;
        var first = importer.importCsv(("ten,ky_hieu,ma_dinh_danh,dia_chi\n\"" + name.replace("\"", "\"\"") + "\",HVHNT,"
                + code + ",\"Dòng 1\nDòng 2\"\n").getBytes(StandardCharsets.UTF_8), true);
        assertThat(first.imported()).isEqualTo(1);

        var rows = CsvParser.parse(exporter.exportCsv());

        assertThat(rows.get(0).fields()).containsExactlyElementsOf(AddressBookColumns.ALL);
        assertThat(rows).filteredOn(row -> row.fields().get(3).equals(code)).singleElement()
                .satisfies(row -> assertThat(row.fields()).containsExactly(name, "", "HVHNT", code, "Khác",
                        "Dòng 1\nDòng 2", "", "", ""));
        var again = importer.importCsv(exporter.exportCsv().getBytes(StandardCharsets.UTF_8), false);
        assertThat(again.imported()).as("everything exported already exists").isZero();
        assertThat(again.problems()).extracting(Problem::messageKey).contains("addressBook.row.codeExists");
    }

    @Test
    void theTemplateHasTheHeaderAndAnExampleRow() {
        var rows = CsvParser.parse(exporter.template());
        assertThat(rows.get(0).fields()).containsExactlyElementsOf(AddressBookColumns.ALL);
        assertThat(rows.get(1).fields().get(3)).matches("\\d{3}\\.\\d{2}\\.\\d{2}\\.[A-Z]\\d{2}");
    }

    /** A random identifier code in a range the demo data does not use. */
    private static String code() {
        return String.format("%03d.%02d.%02d.Z%02d", RANDOM.nextInt(1000), RANDOM.nextInt(100), RANDOM.nextInt(100),
                RANDOM.nextInt(100));
    }
}
