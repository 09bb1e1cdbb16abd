package vn.eoffice.files.store;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;

import vn.eoffice.files.CorruptedFileException;

/**
 * Passes the stored bytes through and fails at the end of the stream when they no longer hash to the recorded
 * SHA-256 (bit rot, tampering, a truncated copy). Callers that must not act on bad bytes read to the end first.
 */
public final class VerifyingInputStream extends FilterInputStream {

    private final MessageDigest digest = Sha256.digest();
    private final String expected;
    private final long expectedSize;
    private long size;
    private boolean checked;

    public VerifyingInputStream(InputStream in, String expectedSha256, long expectedSize) {
        super(in);
        this.expected = expectedSha256;
        this.expectedSize = expectedSize;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b == -1) {
            check();
        } else {
            digest.update((byte) b);
            size++;
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int read = super.read(buffer, offset, length);
        if (read == -1) {
            check();
        } else {
            digest.update(buffer, offset, read);
            size += read;
        }
        return read;
    }

    @Override
    public long skip(long n) throws IOException {
        // Skipped bytes must still be hashed, or the check at the end would be meaningless.
        byte[] buffer = new byte[8192];
        long skipped = 0;
        while (skipped < n) {
            int read = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
            if (read == -1) {
                break;
            }
            skipped += read;
        }
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void check() {
        if (checked) {
            return;
        }
        checked = true;
        if (size != expectedSize || !Sha256.hex(digest).equals(expected)) {
            throw new CorruptedFileException(expected);
        }
    }
}
