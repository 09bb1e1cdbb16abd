package vn.eoffice.files.inspect;

import java.util.LinkedHashMap;

import org.junit.jupiter.api.Test;

import vn.eoffice.files.TestFiles;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.eoffice.files.inspect.Inspection.inspect;
import static vn.eoffice.files.inspect.Inspection.refusal;

class ZipGuardTests {

    @Test
    void refusesAnArchiveWithTooManyEntries() {
        var entries = new LinkedHashMap<String, byte[]>();
        for (int i = 0; i <= Inspection.MAX_ENTRIES; i++) {
            entries.put("trang-" + i + ".png", TestFiles.image("png"));
        }
        assertThat(refusal(TestFiles.zip(entries), "nhieu.zip")).isEqualTo("files.zip.tooManyEntries");
    }

    @Test
    void refusesAnArchiveThatExpandsBeyondTheLimitWhateverItsHeadersSay() {
        byte[] bomb = TestFiles.zeroBomb("bao-cao.pdf", 10);
        assertThat(bomb.length).isLessThan(64 * 1024);
        assertThat(refusal(bomb, "bom.zip")).isEqualTo("files.zip.tooLarge");
    }

    @Test
    void refusesABombDisguisedAsADocx() {
        var entries = new LinkedHashMap<String, byte[]>();
        entries.put("[Content_Types].xml", TestFiles.utf8("<Types/>"));
        entries.put("word/document.xml", TestFiles.utf8(TestFiles.wordDocument("Xin chào")));
        entries.put("word/media/image1.png", new byte[10 * 1024 * 1024]);
        assertThat(refusal(TestFiles.zip(entries), "bao-cao.docx")).isEqualTo("files.zip.tooLarge");
    }

    @Test
    void refusesZipSlipAndAbsolutePaths() {
        assertThat(refusal(TestFiles.zip("../../etc/cron.d/x.pdf", TestFiles.pdf("x")), "a.zip"))
                .isEqualTo("files.zip.unsafePath");
        assertThat(refusal(TestFiles.zip("..\\..\\windows\\x.pdf", TestFiles.pdf("x")), "a.zip"))
                .isEqualTo("files.zip.unsafePath");
        assertThat(refusal(TestFiles.zip("/etc/x.pdf", TestFiles.pdf("x")), "a.zip")).isEqualTo("files.zip.unsafePath");
        assertThat(refusal(TestFiles.zip("C:/x.pdf", TestFiles.pdf("x")), "a.zip")).isEqualTo("files.zip.unsafePath");
    }

    @Test
    void acceptsTwoLevelsOfArchivesButNotThree() {
        byte[] level2 = TestFiles.zip("a.pdf", TestFiles.pdf("x"));
        byte[] level1 = TestFiles.zip("trong.zip", level2);
        assertThat(inspect(level1, "ngoai.zip")).isEqualTo(FileType.ZIP);
        byte[] tooDeep = TestFiles.zip("ngoai.zip", level1);
        assertThat(refusal(tooDeep, "sau.zip")).isEqualTo("files.zip.tooDeep");
    }

    @Test
    void acceptsAnOfficeDocumentInsideAnArchive() {
        assertThat(inspect(TestFiles.zip("bao-cao.docx", TestFiles.docx("x")), "ho-so.zip")).isEqualTo(FileType.ZIP);
    }

    @Test
    void refusesEncryptedEntries() {
        byte[] archive = TestFiles.zip("a.pdf", TestFiles.pdf("x"));
        markEncrypted(archive);
        assertThat(refusal(archive, "mat-khau.zip")).isEqualTo("files.zip.encrypted");
    }

    @Test
    void refusesBrokenArchives() {
        byte[] archive = TestFiles.zip("a.pdf", TestFiles.pdf("x"));
        byte[] truncated = java.util.Arrays.copyOf(archive, archive.length / 2);
        assertThat(refusal(truncated, "hong.zip")).isEqualTo("files.zip.corrupt");
    }

    /** Sets the "encrypted" flag bit in every local and central header, as a password-protecting tool would. */
    private static void markEncrypted(byte[] zip) {
        for (int i = 0; i + 4 < zip.length; i++) {
            if (zip[i] == 'P' && zip[i + 1] == 'K' && zip[i + 2] == 3 && zip[i + 3] == 4) {
                zip[i + 6] |= 1;
            }
            if (zip[i] == 'P' && zip[i + 1] == 'K' && zip[i + 2] == 1 && zip[i + 3] == 2) {
                zip[i + 8] |= 1;
            }
        }
    }
}
