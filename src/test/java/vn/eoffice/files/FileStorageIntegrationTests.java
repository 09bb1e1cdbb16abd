package vn.eoffice.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;

import vn.eoffice.IntegrationTest;
import vn.eoffice.audit.AuditLog;
import vn.eoffice.audit.AuditQuery;
import vn.eoffice.audit.Outcome;
import vn.eoffice.files.store.BinaryStore;
import vn.eoffice.files.store.LocalBinaryStore;
import vn.eoffice.platform.DomainException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

@IntegrationTest
class FileStorageIntegrationTests {

    private static final Long UPLOADER = -1L;

    @Autowired
    FileStorage files;
    @Autowired
    BinaryStore blobs;
    @Autowired
    AuditLog audit;
    @Autowired
    MessageSource messages;

    @Test
    void storesAndReadsBackTheSameBytes() throws IOException {
        byte[] pdf = TestFiles.pdf("Tờ trình " + UUID.randomUUID());
        StoredFile stored = files.store("Tờ trình.pdf", new ByteArrayInputStream(pdf), UPLOADER);
        assertThat(stored.name()).isEqualTo("Tờ trình.pdf");
        assertThat(stored.mediaType()).isEqualTo("application/pdf");
        assertThat(stored.size()).isEqualTo(pdf.length);
        try (InputStream in = files.open(stored.id())) {
            assertThat(in.readAllBytes()).isEqualTo(pdf);
        }
        files.verify(stored.id());
        assertThat(auditDetails("FILE_STORED", stored.id())).contains(stored.sha256());
    }

    @Test
    void keepsIdenticalContentAsOneBlobWithTwoUploads() throws IOException {
        byte[] png = TestFiles.zip("anh-" + UUID.randomUUID() + ".png", TestFiles.image("png"));
        StoredFile first = files.store("mot.zip", new ByteArrayInputStream(png), UPLOADER);
        StoredFile second = files.store("hai.zip", new ByteArrayInputStream(png), UPLOADER);
        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(second.sha256()).isEqualTo(first.sha256());
        assertThat(second.textStatus()).isEqualTo(TextStatus.NONE);
        Path blob = ((LocalBinaryStore) blobs).pathOf(first.sha256());
        try (var siblings = Files.list(blob.getParent())) {
            assertThat(siblings.filter(path -> path.getFileName().toString().equals(first.sha256()))).hasSize(1);
        }
    }

    @Test
    void detectsDamagedBytesOnReadAndOnVerify() throws IOException {
        byte[] pdf = TestFiles.pdf("Sẽ bị hỏng " + UUID.randomUUID());
        StoredFile stored = files.store("hong.pdf", new ByteArrayInputStream(pdf), UPLOADER);
        awaitExtraction(stored.id());
        Path blob = ((LocalBinaryStore) blobs).pathOf(stored.sha256());
        byte[] damaged = Files.readAllBytes(blob);
        damaged[damaged.length / 2] ^= 0x20;
        Files.write(blob, damaged);

        assertThatThrownBy(() -> files.verify(stored.id())).isInstanceOf(CorruptedFileException.class);
        try (InputStream in = files.open(stored.id())) {
            assertThatThrownBy(in::readAllBytes).isInstanceOfSatisfying(CorruptedFileException.class,
                    e -> assertThat(e.messageKey()).isEqualTo("files.corrupted"));
        }
        Files.delete(blob);
        assertThatThrownBy(() -> files.open(stored.id())).isInstanceOf(CorruptedFileException.class);
    }

    @Test
    void extractsVietnameseTextFromPdfAndDocxAfterTheUpload() {
        String marker = UUID.randomUUID().toString();
        StoredFile pdf = files.store("Báo cáo.pdf",
                new ByteArrayInputStream(TestFiles.pdf("Báo cáo công tác tuyên giáo " + marker)), UPLOADER);
        StoredFile docx = files.store("Kế hoạch.docx",
                new ByteArrayInputStream(TestFiles.docx("Kế hoạch tuyên truyền", "Đảng ủy xã " + marker)), UPLOADER);
        assertThat(pdf.textStatus()).isEqualTo(TextStatus.PENDING);

        assertThat(awaitExtraction(pdf.id())).isEqualTo(TextStatus.EXTRACTED);
        assertThat(files.text(pdf.id())).hasValueSatisfying(
                text -> assertThat(text).contains("Báo cáo công tác tuyên giáo " + marker));
        assertThat(awaitExtraction(docx.id())).isEqualTo(TextStatus.EXTRACTED);
        assertThat(files.text(docx.id())).hasValue("Kế hoạch tuyên truyền\nĐảng ủy xã " + marker);
    }

    @Test
    void keepsAnEncryptedPdfButMarksItsTextFailed() {
        StoredFile stored = files.store("mat.pdf",
                new ByteArrayInputStream(TestFiles.encryptedPdf("Mật " + UUID.randomUUID())), UPLOADER);
        assertThat(awaitExtraction(stored.id())).isEqualTo(TextStatus.FAILED);
        assertThat(files.find(stored.id()).name()).isEqualTo("mat.pdf");
    }

    @Test
    void refusesAnOversizedUploadWithAClearMessageAndAudit() {
        String name = "qua-lon-" + UUID.randomUUID() + ".pdf";
        long limit = files.maxFileSizeMegabytes() * 1024 * 1024;
        assertThatThrownBy(() -> files.store(name, zeros(limit + 1), UPLOADER))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("files.tooLarge");
                    assertThat(messages.getMessage(e.messageKey(), e.arguments(), Locale.forLanguageTag("vi")))
                            .isEqualTo("Tệp vượt quá dung lượng cho phép (" + files.maxFileSizeMegabytes() + " MB).");
                });
        assertThat(auditDetails("FILE_REFUSED", null)).contains(name + ": files.tooLarge");
    }

    @Test
    void refusesADisguisedExecutableAndAuditsTheRefusal() {
        String name = "hoa-don-" + UUID.randomUUID() + ".pdf";
        assertThatThrownBy(() -> files.store(name, new ByteArrayInputStream(new byte[] { 'M', 'Z', 0, 0 }), UPLOADER))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("files.type.notAllowed"));
        var refusals = audit.find(new AuditQuery(null, "FILE_REFUSED", "FILE", null, Outcome.DENIED, null, null),
                PageRequest.of(0, 50));
        assertThat(refusals.getContent()).anyMatch(entry -> entry.details().startsWith(name));
    }

    private TextStatus awaitExtraction(Long id) {
        await().atMost(Duration.ofSeconds(60)).until(() -> files.find(id).textStatus() != TextStatus.PENDING);
        return files.find(id).textStatus();
    }

    private String auditDetails(String action, Long id) {
        var entries = audit.find(new AuditQuery(null, action, "FILE", id == null ? null : id.toString(), null, null,
                null), PageRequest.of(0, 50));
        return String.join("\n", entries.map(entry -> entry.details()).getContent());
    }

    private static InputStream zeros(long size) {
        return new InputStream() {
            private long left = size;

            @Override
            public int read() {
                return left-- > 0 ? 0 : -1;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(length, left);
                java.util.Arrays.fill(buffer, offset, offset + n, (byte) 0);
                left -= n;
                return n;
            }
        };
    }
}
