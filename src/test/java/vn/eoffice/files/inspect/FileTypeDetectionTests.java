package vn.eoffice.files.inspect;

import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.eoffice.files.TestFiles;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.eoffice.files.inspect.Inspection.inspect;
import static vn.eoffice.files.inspect.Inspection.refusal;

class FileTypeDetectionTests {

    @Test
    void detectsEveryAllowedTypeFromItsContent() {
        assertThat(inspect(TestFiles.pdf("Báo cáo"), "a.pdf")).isEqualTo(FileType.PDF);
        assertThat(inspect(TestFiles.docx("Xin chào"), "a.docx")).isEqualTo(FileType.DOCX);
        assertThat(inspect(TestFiles.xlsx(), "a.xlsx")).isEqualTo(FileType.XLSX);
        assertThat(inspect(TestFiles.odt("Xin chào"), "a.odt")).isEqualTo(FileType.ODT);
        assertThat(inspect(TestFiles.ods(), "a.ods")).isEqualTo(FileType.ODS);
        assertThat(inspect(TestFiles.image("jpeg"), "a.jpg")).isEqualTo(FileType.JPEG);
        assertThat(inspect(TestFiles.image("png"), "a.png")).isEqualTo(FileType.PNG);
        assertThat(inspect(TestFiles.image("tiff"), "a.tif")).isEqualTo(FileType.TIFF);
        assertThat(inspect(TestFiles.zip("bao-cao.pdf", TestFiles.pdf("x")), "a.zip")).isEqualTo(FileType.ZIP);
    }

    @Test
    void typeComesFromContentNotFromTheName() {
        assertThat(inspect(TestFiles.pdf("x"), "anh.png")).isEqualTo(FileType.PDF);
        assertThat(inspect(TestFiles.docx("x"), "bang.zip")).isEqualTo(FileType.DOCX);
    }

    @Test
    void fallsBackToTheExtensionWhenTheCompoundDirectoryIsUnreadable() {
        assertThat(inspect(TestFiles.ole2(), "cu.doc")).isEqualTo(FileType.DOC);
        assertThat(inspect(TestFiles.ole2(), "cu.XLS")).isEqualTo(FileType.XLS);
        assertThat(refusal(TestFiles.ole2(), "cu.msg")).isEqualTo("files.type.legacyOffice");
        assertThat(refusal(TestFiles.ole2(), "cu.pdf")).isEqualTo("files.type.legacyOffice");
    }

    @Test
    void readsTheCompoundFileDirectoryToTellWordFromExcel() {
        byte[] word = TestFiles.compoundFile("WordDocument", "1Table");
        byte[] excel = TestFiles.compoundFile("Workbook");
        assertThat(inspect(word, "cong-van.doc")).isEqualTo(FileType.DOC);
        assertThat(inspect(word, "cong-van")).isEqualTo(FileType.DOC);
        assertThat(inspect(excel, "bang-luong.xls")).isEqualTo(FileType.XLS);
        assertThat(refusal(word, "bang-luong.xls")).isEqualTo("files.type.extensionMismatch");
        assertThat(refusal(TestFiles.compoundFile("PowerPoint Document"), "trinh-chieu.doc"))
                .isEqualTo("files.type.notAllowed");
    }

    @Test
    void refusesExecutablesAndActiveContentRenamedToPdf() {
        byte[] exe = { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0 };
        assertThat(refusal(exe, "thu.pdf")).isEqualTo("files.type.notAllowed");
        assertThat(refusal(TestFiles.utf8("<!DOCTYPE html><html><script>alert(1)</script>"), "thu.pdf"))
                .isEqualTo("files.type.notAllowed");
        assertThat(refusal(TestFiles.utf8("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>"),
                "thu.pdf")).isEqualTo("files.type.notAllowed");
        assertThat(refusal(TestFiles.utf8("fetch('/api/v1/me').then(r => r.text())"), "thu.pdf"))
                .isEqualTo("files.type.notAllowed");
    }

    @Test
    void refusesAnExtensionThatContradictsTheContent() {
        assertThat(refusal(TestFiles.pdf("x"), "thu.exe")).isEqualTo("files.type.extensionMismatch");
        assertThat(refusal(TestFiles.image("png"), "anh.jpg")).isEqualTo("files.type.extensionMismatch");
    }

    @Test
    void acceptsAMacroFreeDocxButNotOtherOfficePackages() {
        assertThat(inspect(TestFiles.docx("Nội dung"), "van-ban.docx")).isEqualTo(FileType.DOCX);
        byte[] pptx = TestFiles.zip(Map.of("[Content_Types].xml", TestFiles.utf8("<Types/>"),
                "ppt/presentation.xml", TestFiles.utf8("<p/>")));
        assertThat(refusal(pptx, "trinh-chieu.pptx")).isEqualTo("files.type.notAllowed");
    }

    @Test
    void refusesOfficeDocumentsCarryingMacros() {
        var entries = new java.util.LinkedHashMap<String, byte[]>();
        entries.put("[Content_Types].xml", TestFiles.utf8("<Types/>"));
        entries.put("word/document.xml", TestFiles.utf8(TestFiles.wordDocument("x")));
        entries.put("word/vbaProject.bin", TestFiles.ole2());
        assertThat(refusal(TestFiles.zip(entries), "co-macro.docx")).isEqualTo("files.type.macros");
    }

    @Test
    void refusesArchivesHoldingForbiddenEntries() {
        byte[] archive = TestFiles.zip(Map.of("ok.pdf", TestFiles.pdf("x"), "virus.exe", new byte[] { 'M', 'Z', 0 }));
        assertThat(refusal(archive, "ho-so.zip")).isEqualTo("files.zip.entryNotAllowed");
        assertThat(refusal(TestFiles.zip("scan.png", TestFiles.pdf("x")), "ho-so.zip"))
                .isEqualTo("files.zip.entryNotAllowed");
    }

    @Test
    void refusesEmptyArchivesAndOtherOpenDocumentKinds() {
        assertThat(refusal(TestFiles.zip(Map.of("thu-muc/", new byte[0])), "rong.zip")).isEqualTo("files.zip.empty");
        assertThat(inspect(TestFiles.odt("x"), "a.odt")).isEqualTo(FileType.ODT);
    }
}
