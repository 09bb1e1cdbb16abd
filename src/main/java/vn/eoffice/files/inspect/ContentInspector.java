package vn.eoffice.files.inspect;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import vn.eoffice.platform.DomainException;

/**
 * Decides from the content what an uploaded file is, and refuses anything outside the allow-list.
 */
public class ContentInspector {

    private final ZipInspector zips;

    public ContentInspector(int maxZipEntries, long maxZipExpandedSize) {
        this.zips = new ZipInspector(maxZipEntries, maxZipExpandedSize);
    }

    /**
     * The type of the file; {@code name} (already sanitised) only separates Word from Excel 97–2003 inside OLE2.
     */
    public FileType inspect(Path file, String name) {
        try {
            Magic magic;
            try (InputStream in = Files.newInputStream(file)) {
                magic = Magic.of(in.readNBytes(Magic.LENGTH));
            }
            if (magic == Magic.ZIP) {
                return zips.inspect(file);
            }
            FileType type = magic.simpleType(FileNames.extension(name));
            if (type == null) {
                throw new DomainException(magic == Magic.OLE2 ? "files.type.legacyOffice" : "files.type.notAllowed");
            }
            return type;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
