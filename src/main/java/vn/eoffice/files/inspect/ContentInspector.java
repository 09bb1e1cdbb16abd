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
            if (magic == Magic.OLE2) {
                return legacyOffice(file, name);
            }
            FileType type = magic.simpleType(FileNames.extension(name));
            if (type == null) {
                throw new DomainException("files.type.notAllowed");
            }
            return type;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** By the directory's stream names when readable; otherwise the extension decides between Word and Excel. */
    private static FileType legacyOffice(Path file, String name) {
        return switch (Ole2Directory.of(file)) {
            case WORD -> FileType.DOC;
            case EXCEL -> FileType.XLS;
            case OTHER -> throw new DomainException("files.type.notAllowed");
            case UNKNOWN -> {
                FileType type = Magic.OLE2.simpleType(FileNames.extension(name));
                if (type == null) {
                    throw new DomainException("files.type.legacyOffice");
                }
                yield type;
            }
        };
    }
}
