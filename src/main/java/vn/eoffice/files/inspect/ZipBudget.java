package vn.eoffice.files.inspect;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import vn.eoffice.platform.DomainException;

/**
 * Limits shared by every level of one archive: entries seen and bytes actually inflated. Header sizes are never
 * trusted; bytes are counted as they come out of the inflater.
 */
final class ZipBudget {

    private final int maxEntries;
    private final long maxExpanded;
    private int entries;
    private long expanded;

    ZipBudget(int maxEntries, long maxExpanded) {
        this.maxEntries = maxEntries;
        this.maxExpanded = maxExpanded;
    }

    void countEntry() {
        if (++entries > maxEntries) {
            throw new DomainException("files.zip.tooManyEntries", maxEntries);
        }
    }

    void checkEntryCount(int count) {
        if (count > maxEntries) {
            throw new DomainException("files.zip.tooManyEntries", maxEntries);
        }
    }

    /** The entry's bytes, counted against the budget; closing it leaves the archive stream open. */
    InputStream meter(InputStream entry) {
        return new FilterInputStream(entry) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b != -1) {
                    add(1);
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int read = super.read(buffer, offset, length);
                if (read > 0) {
                    add(read);
                }
                return read;
            }

            @Override
            public long skip(long n) throws IOException {
                // Skipped bytes are inflated all the same, so they must be counted too.
                int length = (int) Math.min(8192, Math.max(n, 0));
                return Math.max(0, read(new byte[length], 0, length));
            }

            @Override
            public void close() {
                // the archive stream is closed by its owner
            }
        };
    }

    private void add(long bytes) {
        expanded += bytes;
        if (expanded > maxExpanded) {
            throw new DomainException("files.zip.tooLarge", maxExpanded / (1024 * 1024));
        }
    }
}
