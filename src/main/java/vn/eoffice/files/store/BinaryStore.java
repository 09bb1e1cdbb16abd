package vn.eoffice.files.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Content-addressed storage of file bytes: the key is the SHA-256 of the content, so identical bytes are kept once
 * and a blob never changes after it is written. Nothing is ever deleted through this interface.
 */
public interface BinaryStore {

    /** Stores the bytes under their hash unless already present; the caller has computed {@code sha256}. */
    void put(String sha256, InputStream content, long size) throws IOException;

    /**
     * Stores a spooled file under its hash unless already present. The store may move the file in rather than copy
     * it, so the file may be gone afterwards; the caller has computed {@code sha256} from exactly these bytes.
     */
    default void putSpooled(String sha256, Path file, long size) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            put(sha256, in, size);
        }
    }

    /**
     * Where an upload is best spooled before {@link #putSpooled}: for a local store its own file system, so that the
     * spooled file can be moved in; {@code null} for the system's temporary directory.
     */
    default Path spoolDirectory() {
        return null;
    }

    /** Opens the bytes; {@link java.nio.file.NoSuchFileException} when the blob is missing. */
    InputStream get(String sha256) throws IOException;

    boolean exists(String sha256) throws IOException;

    /** The relative key of a blob: sharded by the first hash characters so no directory grows too large. */
    static String key(String sha256) {
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256 hex digest: " + sha256);
        }
        return sha256.substring(0, 2) + "/" + sha256.substring(2, 4) + "/" + sha256;
    }
}
