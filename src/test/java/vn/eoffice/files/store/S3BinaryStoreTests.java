package vn.eoffice.files.store;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Exercises the real AWS SDK code path against an in-process S3 with path-style addressing, as MinIO or Ceph. */
class S3BinaryStoreTests {

    private FakeS3 s3;
    private S3BinaryStore store;

    @BeforeEach
    void start() throws IOException {
        s3 = new FakeS3();
        store = S3BinaryStore.connect(s3.endpoint(), "us-east-1", "eoffice", "test-key", "test-secret", true);
    }

    @AfterEach
    void stop() {
        store.close();
        s3.close();
    }

    @Test
    void putsAndGetsABlobUnderItsShardedKeyInTheBucketPath() throws IOException {
        byte[] content = "Công văn số 05/BTGDVTU-VP".getBytes(StandardCharsets.UTF_8);
        String sha = Sha256.of(content);
        store.put(sha, new ByteArrayInputStream(content), content.length);
        String objectPath = "/eoffice/" + BinaryStore.key(sha);
        assertThat(s3.objects).containsKey(objectPath);
        assertThat(s3.objects.get(objectPath)).isEqualTo(content);
        assertThat(store.exists(sha)).isTrue();
        try (InputStream in = store.get(sha)) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
        assertThat(s3.requests).allMatch(request -> request.endsWith("auth=true"));
    }

    @Test
    void uploadsIdenticalContentOnce() throws IOException {
        byte[] content = new byte[200_000];
        content[123] = 42;
        String sha = Sha256.of(content);
        store.put(sha, new ByteArrayInputStream(content), content.length);
        store.put(sha, new ByteArrayInputStream(content), content.length);
        assertThat(s3.requests.stream().filter(request -> request.startsWith("PUT"))).hasSize(1);
        try (InputStream in = store.get(sha)) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
    }

    @Test
    void reportsAMissingBlob() throws IOException {
        String sha = Sha256.of(new byte[] { 1 });
        assertThat(store.exists(sha)).isFalse();
        assertThatThrownBy(() -> store.get(sha)).isInstanceOf(NoSuchFileException.class);
    }
}
