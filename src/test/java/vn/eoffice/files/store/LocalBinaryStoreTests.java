package vn.eoffice.files.store;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.eoffice.files.CorruptedFileException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LocalBinaryStoreTests {

    @TempDir
    Path root;

    @Test
    void storesIdenticalBytesOnce() throws IOException {
        var store = new LocalBinaryStore(root);
        byte[] content = "Báo cáo tháng 11".getBytes(StandardCharsets.UTF_8);
        String sha = Sha256.of(content);
        store.put(sha, new ByteArrayInputStream(content), content.length);
        store.put(sha, new ByteArrayInputStream(content), content.length);
        assertThat(blobs()).containsExactly(store.pathOf(sha));
        try (InputStream in = store.get(sha)) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
    }

    @Test
    void shardsBlobsByTheFirstHashCharacters() throws IOException {
        var store = new LocalBinaryStore(root);
        byte[] content = { 1, 2, 3 };
        String sha = Sha256.of(content);
        store.put(sha, new ByteArrayInputStream(content), content.length);
        assertThat(root.relativize(store.pathOf(sha)).toString().replace('\\', '/'))
                .isEqualTo(sha.substring(0, 2) + "/" + sha.substring(2, 4) + "/" + sha);
        assertThat(store.exists(sha)).isTrue();
        assertThat(store.exists(Sha256.of(new byte[] { 9 }))).isFalse();
    }

    @Test
    void movesAnUploadSpooledInItsOwnDirectoryAndCopiesOneSpooledElsewhere(@TempDir Path elsewhere)
            throws IOException {
        var store = new LocalBinaryStore(root);
        byte[] content = "Công văn đến số 15".getBytes(StandardCharsets.UTF_8);
        try (var spool = Spool.of(new ByteArrayInputStream(content), 1024, store.spoolDirectory())) {
            store.putSpooled(spool.sha256(), spool.path(), spool.size());
            assertThat(spool.path()).as("moved in, not copied").doesNotExist();
            assertThat(store.pathOf(spool.sha256())).hasBinaryContent(content);
        }
        byte[] other = "Công văn đến số 16".getBytes(StandardCharsets.UTF_8);
        try (var spool = Spool.of(new ByteArrayInputStream(other), 1024, elsewhere)) {
            store.putSpooled(spool.sha256(), spool.path(), spool.size());
            assertThat(spool.path()).as("copied from another directory").exists();
            assertThat(store.pathOf(spool.sha256())).hasBinaryContent(other);
        }
        assertThat(blobs()).hasSize(2);
        try (Stream<Path> incoming = Files.list(root.resolve("incoming"))) {
            assertThat(incoming).isEmpty();
        }
    }

    @Test
    void aSpooledFileAlreadyStoredIsLeftToItsSpool() throws IOException {
        var store = new LocalBinaryStore(root);
        byte[] content = { 4, 5, 6 };
        store.put(Sha256.of(content), new ByteArrayInputStream(content), content.length);
        try (var spool = Spool.of(new ByteArrayInputStream(content), 1024, store.spoolDirectory())) {
            store.putSpooled(spool.sha256(), spool.path(), spool.size());
            assertThat(spool.path()).exists();
        }
        try (Stream<Path> incoming = Files.list(root.resolve("incoming"))) {
            assertThat(incoming).as("the spool deletes its file when closed").isEmpty();
        }
        assertThat(blobs()).hasSize(1);
    }

    @Test
    void leavesNoBlobAndNoTemporaryFileWhenTheWriteFails() throws IOException {
        var store = new LocalBinaryStore(root);
        byte[] content = { 1, 2, 3 };
        String sha = Sha256.of(content);
        InputStream failing = new InputStream() {
            private int sent;

            @Override
            public int read() throws IOException {
                if (sent++ < 2) {
                    return 7;
                }
                throw new IOException("connection lost");
            }
        };
        assertThatThrownBy(() -> store.put(sha, failing, 3)).hasMessageContaining("connection lost");
        assertThat(blobs()).isEmpty();
        try (Stream<Path> incoming = Files.list(root.resolve("incoming"))) {
            assertThat(incoming).isEmpty();
        }
    }

    @Test
    void refusesContentThatDoesNotMatchItsAnnouncedHash() throws IOException {
        var store = new LocalBinaryStore(root);
        String shaOfOther = Sha256.of(new byte[] { 9 });
        assertThatThrownBy(() -> store.put(shaOfOther, new ByteArrayInputStream(new byte[] { 1 }), 1))
                .isInstanceOf(IOException.class);
        assertThat(store.exists(shaOfOther)).isFalse();
    }

    @Test
    void verifyingStreamFailsAtTheEndWhenBytesChanged() throws IOException {
        byte[] content = "nội dung gốc".getBytes(StandardCharsets.UTF_8);
        String sha = Sha256.of(content);
        try (var intact = new VerifyingInputStream(new ByteArrayInputStream(content), sha, content.length)) {
            assertThat(intact.readAllBytes()).isEqualTo(content);
        }
        byte[] damaged = content.clone();
        damaged[0] ^= 1;
        var reading = new VerifyingInputStream(new ByteArrayInputStream(damaged), sha, content.length);
        assertThatThrownBy(reading::readAllBytes).isInstanceOf(CorruptedFileException.class);
    }

    private java.util.List<Path> blobs() throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).filter(path -> !path.startsWith(root.resolve("incoming")))
                    .toList();
        }
    }
}
