package vn.eoffice.files.inspect;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import vn.eoffice.platform.DomainException;

/** Runs the content inspector on bytes, as an upload would, with small limits so bombs stay cheap. */
final class Inspection {

    static final int MAX_ENTRIES = 50;
    static final long MAX_EXPANDED = 2L * 1024 * 1024;

    private static final ContentInspector INSPECTOR = new ContentInspector(MAX_ENTRIES, MAX_EXPANDED);

    private Inspection() {
    }

    static FileType inspect(byte[] content, String name) {
        try {
            Path file = Files.createTempFile("inspection-", ".bin");
            try {
                Files.write(file, content);
                return INSPECTOR.inspect(file, name);
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The message key of the refusal, or fails when the content is accepted. */
    static String refusal(byte[] content, String name) {
        try {
            FileType type = inspect(content, name);
            String accepted = FileNames.matching(name, type);
            throw new AssertionError("accepted as " + type + " named " + accepted);
        } catch (DomainException e) {
            return e.messageKey();
        }
    }
}
