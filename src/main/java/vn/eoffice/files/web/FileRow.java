package vn.eoffice.files.web;

import java.util.Locale;

import vn.eoffice.files.StoredFile;
import vn.eoffice.files.inspect.FileType;

/** A line of the "my files" table, with the size and type as people read them. */
record FileRow(StoredFile file, String type, String size) {

    static FileRow of(StoredFile file) {
        return new FileRow(file, FileType.ofMediaType(file.mediaType()).label(), humanSize(file.size()));
    }

    static String humanSize(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0).replace('.', ',');
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024)).replace('.', ',');
    }
}
