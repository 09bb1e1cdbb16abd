package vn.eoffice.files.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;

/**
 * Blobs in a local (or shared network) directory. A blob is written to a temporary file in the same file system,
 * forced to disk and then renamed atomically, so a reader never sees a half-written blob, even after a crash.
 */
public class LocalBinaryStore implements BinaryStore {

    private final Path root;
    private final Path incoming;

    public LocalBinaryStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
        this.incoming = this.root.resolve("incoming");
        try {
            Files.createDirectories(incoming);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create the file store at " + this.root, e);
        }
    }

    @Override
    public void put(String sha256, InputStream content, long size) throws IOException {
        Path target = pathOf(sha256);
        if (Files.exists(target)) {
            return;
        }
        Path temp = Files.createTempFile(incoming, sha256.substring(0, 8), ".part");
        try {
            var digest = Sha256.digest();
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                    OutputStream out = new DigestOutputStream(Channels.newOutputStream(channel), digest)) {
                content.transferTo(out);
                out.flush();
                channel.force(true);
            }
            if (!Sha256.hex(digest).equals(sha256)) {
                throw new IOException("content does not match its announced SHA-256 " + sha256);
            }
            install(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Moves the spooled file in when it lies on the store's file system (it was spooled into {@link #spoolDirectory}):
     * it is forced to disk and renamed, which spares a second copy and a second hash of the bytes. Elsewhere it is
     * copied as by {@link #put}.
     */
    @Override
    public void putSpooled(String sha256, Path file, long size) throws IOException {
        Path target = pathOf(sha256);
        if (Files.exists(target)) {
            return;
        }
        if (!file.toAbsolutePath().normalize().getParent().equals(incoming)) {
            BinaryStore.super.putSpooled(sha256, file, size);
            return;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        install(file, target);
    }

    @Override
    public Path spoolDirectory() {
        return incoming;
    }

    @Override
    public InputStream get(String sha256) throws IOException {
        return Files.newInputStream(pathOf(sha256));
    }

    @Override
    public boolean exists(String sha256) {
        return Files.exists(pathOf(sha256));
    }

    /** The blob's file; tests use it to simulate damage on disk. */
    public Path pathOf(String sha256) {
        return root.resolve(BinaryStore.key(sha256));
    }

    /** Renames a file already on disk into its place and makes the new directory entry durable. */
    private static void install(Path file, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        move(file, target);
        forceDirectory(target.getParent());
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            // A concurrent upload of the same bytes may win the race: replacing identical content is harmless.
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("the file store directory must allow atomic renames", e);
        }
    }

    /** Makes the new directory entry durable; not every platform can open a directory, which is then skipped. */
    private static void forceDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // best effort: the blob itself is already on disk
        }
    }
}
