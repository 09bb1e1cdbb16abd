package vn.eoffice.files;

import java.io.ByteArrayInputStream;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.eoffice.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A file whose extraction was lost (the node stopped between the upload's commit and the extraction) is extracted
 * again by the recovery job; a file pending only for a moment is left to the extraction already queued.
 */
@IntegrationTest
class TextExtractionRecoveryIntegrationTests {

    @Autowired FileStorage files;
    @Autowired TextExtractionRecovery recovery;
    @Autowired JdbcTemplate jdbc;

    @Test
    void extractsAgainAFileLeftPendingByACrash() {
        String marker = "phuchoi" + UUID.randomUUID().toString().substring(0, 8);
        var stored = files.store("to-trinh.pdf", new ByteArrayInputStream(TestFiles.pdf("Tờ trình " + marker)), -1L);
        await().atMost(Duration.ofSeconds(60)).until(() -> files.find(stored.id()).textStatus() != TextStatus.PENDING);
        // as after a crash: the text is gone and the file has been pending for an hour
        jdbc.update("update stored_file set text_status = 'PENDING', extracted_text = null, created_at = ? where id = ?",
                Timestamp.from(Instant.now().minus(Duration.ofHours(1))), stored.id());
        assertThat(files.text(stored.id())).isEmpty();

        recovery.requeueStalled();

        await().atMost(Duration.ofSeconds(60)).until(() -> files.find(stored.id()).textStatus() == TextStatus.EXTRACTED);
        assertThat(files.text(stored.id())).hasValueSatisfying(text -> assertThat(text).contains(marker));
    }

    @Test
    void leavesARecentPendingFileToItsQueuedExtraction() {
        var stored = files.store("bao-cao.pdf", new ByteArrayInputStream(TestFiles.pdf("Báo cáo")), -1L);
        await().atMost(Duration.ofSeconds(60)).until(() -> files.find(stored.id()).textStatus() != TextStatus.PENDING);
        jdbc.update("update stored_file set text_status = 'PENDING' where id = ?", stored.id());
        try {
            // younger than the grace period: its own extraction is presumed on its way, so the job does not take it
            assertThat(recovery.stalled()).extracting(FileEntry::getId).doesNotContain(stored.id());
            jdbc.update("update stored_file set created_at = ? where id = ?",
                    Timestamp.from(Instant.now().minus(Duration.ofHours(1))), stored.id());
            assertThat(recovery.stalled()).extracting(FileEntry::getId).contains(stored.id());
        } finally {
            jdbc.update("update stored_file set text_status = 'EXTRACTED' where id = ?", stored.id());
        }
    }
}
