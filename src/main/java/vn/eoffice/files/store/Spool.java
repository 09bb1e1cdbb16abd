package vn.eoffice.files.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import vn.eoffice.platform.DomainException;

/**
 * An upload copied to a temporary file while its SHA-256 and size are computed, so the content can be inspected
 * before it reaches the store. The size limit is enforced while streaming: an oversized upload is never kept whole.
 */
public final class Spool implements AutoCloseable {

    private final Path path;
    private final String sha256;
    private final long size;

    private Spool(Path path, String sha256, long size) {
        this.path = path;
        this.sha256 = sha256;
        this.size = size;
    }

    /** Spools into {@code directory}, or the system's temporary directory when it is {@code null}. */
    public static Spool of(InputStream content, long maxSize, Path directory) {
        Path temp = null;
        try {
            temp = directory == null ? Files.createTempFile("eoffice-upload-", ".part")
                    : Files.createTempFile(directory, "upload-", ".part");
            var digest = Sha256.digest();
            long size = 0;
            byte[] buffer = new byte[64 * 1024];
            try (OutputStream out = Files.newOutputStream(temp)) {
                int read;
                while ((read = content.read(buffer)) != -1) {
                    size += read;
                    if (size > maxSize) {
                        throw new DomainException("files.tooLarge", maxSize / (1024 * 1024));
                    }
                    digest.update(buffer, 0, read);
                    out.write(buffer, 0, read);
                }
            }
            if (size == 0) {
                throw new DomainException("files.empty");
            }
            return new Spool(temp, Sha256.hex(digest), size);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(temp);
            if (e instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            throw (RuntimeException) e;
        }
    }

    public Path path() {
        return path;
    }

    public String sha256() {
        return sha256;
    }

    public long size() {
        return size;
    }

    @Override
    public void close() {
        deleteQuietly(path);
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            file.toFile().deleteOnExit();
        }
    }
}
