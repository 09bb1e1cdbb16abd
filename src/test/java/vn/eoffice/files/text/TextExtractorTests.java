package vn.eoffice.files.text;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.eoffice.files.TestFiles;
import vn.eoffice.files.inspect.FileType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TextExtractorTests {

    @TempDir
    Path directory;

    private final TextExtractor extractor = new TextExtractor();

    @Test
    void extractsVietnameseTextFromAPdf() throws IOException {
        String text = extract(FileType.PDF, TestFiles.pdf("Báo cáo kết quả công tác tuyên giáo", "Điện Biên"));
        assertThat(text).contains("Báo cáo kết quả công tác tuyên giáo").contains("Điện Biên");
    }

    @Test
    void extractsParagraphsFromADocx() throws IOException {
        String text = extract(FileType.DOCX, TestFiles.docx("Kính gửi: Ban Thường vụ Tỉnh ủy", "Nội dung thứ hai"));
        assertThat(text).isEqualTo("Kính gửi: Ban Thường vụ Tỉnh ủy\nNội dung thứ hai");
    }

    @Test
    void extractsParagraphsFromAnOdt() throws IOException {
        String text = extract(FileType.ODT, TestFiles.odt("Nghị quyết số 12", "Về công tác dân vận"));
        assertThat(text).isEqualTo("Nghị quyết số 12\nVề công tác dân vận");
    }

    @Test
    void refusesExternalEntitiesInADocx() throws IOException {
        Path secret = Files.writeString(directory.resolve("secret.txt"), "MAT-KHAU-BI-MAT");
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
                + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                + "<w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>";
        Path file = write(TestFiles.docxWithDocumentXml(xxe));
        assertThatThrownBy(() -> extractor.extract(FileType.DOCX, file)).isInstanceOf(IOException.class)
                .hasMessageNotContaining("MAT-KHAU");
    }

    @Test
    void failsCleanlyOnEncryptedAndBrokenPdfs() throws IOException {
        Path encrypted = write(TestFiles.encryptedPdf("Tài liệu mật"));
        assertThatThrownBy(() -> extractor.extract(FileType.PDF, encrypted)).isInstanceOf(IOException.class);
        Path broken = write("%PDF-1.7\n1 0 obj <<".getBytes());
        assertThatThrownBy(() -> extractor.extract(FileType.PDF, broken)).isInstanceOf(IOException.class);
    }

    @Test
    void extractsNothingFromImagesAndArchives() throws IOException {
        assertThat(extractor.extract(FileType.PNG, write(TestFiles.image("png")))).isEmpty();
        assertThat(TextExtractor.extracts(FileType.ZIP)).isFalse();
    }

    @Test
    void cutsTextToTheColumnSizeAndDropsNul() {
        assertThat(TextExtractor.clean("a\u0000b")).isEqualTo("ab");
        assertThat(TextExtractor.clean("x".repeat(TextExtractor.MAX_CHARS + 10))).hasSize(TextExtractor.MAX_CHARS);
    }

    private String extract(FileType type, byte[] content) throws IOException {
        return extractor.extract(type, write(content)).orElseThrow();
    }

    private Path write(byte[] content) throws IOException {
        return Files.write(Files.createTempFile(directory, "file-", ".bin"), content);
    }
}
