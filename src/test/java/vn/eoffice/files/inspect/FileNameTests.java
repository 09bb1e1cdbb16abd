package vn.eoffice.files.inspect;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;

import vn.eoffice.platform.DomainException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FileNameTests {

    @Test
    void dropsDirectoriesOfAnyPathStyle() {
        assertThat(FileNames.sanitize("../../etc/passwd")).isEqualTo("passwd");
        assertThat(FileNames.sanitize("C:\\Users\\Lan\\Desktop\\To trinh.docx")).isEqualTo("To trinh.docx");
        assertThat(FileNames.sanitize("/tmp/../a.pdf")).isEqualTo("a.pdf");
    }

    @Test
    void removesControlReservedAndDirectionCharacters() {
        assertThat(FileNames.sanitize("bao\u0000cao\r\n.pdf")).isEqualTo("baocao.pdf");
        assertThat(FileNames.sanitize("a<b>c:d\"e|f?g*.pdf")).isEqualTo("abcdefg.pdf");
        assertThat(FileNames.sanitize("hoa-don\u202Efdp.exe")).isEqualTo("hoa-donfdp.exe");
    }

    @Test
    void removesLeadingDotsSoNothingIsHidden() {
        assertThat(FileNames.sanitize("...htaccess")).isEqualTo("htaccess");
        assertThat(FileNames.sanitize(" . bao cao.pdf")).isEqualTo("bao cao.pdf");
    }

    @Test
    void keepsVietnameseLettersReadableInNfc() {
        assertThat(FileNames.sanitize("Báo cáo tháng 11.pdf")).isEqualTo("Báo cáo tháng 11.pdf");
        String decomposed = Normalizer.normalize("Quyết định số 05.pdf", Normalizer.Form.NFD);
        String sanitized = FileNames.sanitize(decomposed);
        assertThat(sanitized).isEqualTo("Quyết định số 05.pdf");
        assertThat(Normalizer.isNormalized(sanitized, Normalizer.Form.NFC)).isTrue();
    }

    @Test
    void limitsLengthButKeepsTheExtension() {
        String sanitized = FileNames.sanitize("đ".repeat(300) + ".pdf");
        assertThat(sanitized.codePointCount(0, sanitized.length())).isEqualTo(FileNames.MAX_LENGTH);
        assertThat(sanitized).endsWith("đ.pdf");
    }

    @Test
    void fallsBackToTepWithTheDetectedExtension() {
        assertThat(FileNames.sanitize("../..")).isEqualTo("tep");
        assertThat(FileNames.sanitize(null)).isEqualTo("tep");
        assertThat(FileNames.matching(FileNames.sanitize("<>?"), FileType.PDF)).isEqualTo("tep.pdf");
        assertThat(FileNames.matching("passwd", FileType.PDF)).isEqualTo("passwd.pdf");
    }

    @Test
    void refusesAnExtensionOfAnotherType() {
        assertThatThrownBy(() -> FileNames.matching("thu.exe", FileType.PDF))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("files.type.extensionMismatch"));
        assertThat(FileNames.matching("ANH.JPEG", FileType.JPEG)).isEqualTo("ANH.JPEG");
    }
}
