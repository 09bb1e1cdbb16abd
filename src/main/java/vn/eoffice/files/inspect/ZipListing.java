package vn.eoffice.files.inspect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What one pass over an archive found, and the type it therefore is, or why it is refused.
 */
final class ZipListing {

    private static final String OPEN_DOCUMENT = "application/vnd.oasis.opendocument.";

    final List<String> names = new ArrayList<>();
    String mimetype;
    /** The first entry of a plain archive that is not itself allowed, with the reason. */
    String refusedEntry;
    String refusalKey;

    void refuse(String entry, String key) {
        if (refusalKey == null) {
            refusedEntry = entry;
            refusalKey = key;
        }
    }

    /** The archive's type, or null when it is refused (see {@link #refusalKey}). */
    FileType type() {
        if (hasMacros()) {
            return refused("files.type.macros");
        }
        if (mimetype != null) {
            return switch (mimetype) {
                case OPEN_DOCUMENT + "text" -> FileType.ODT;
                case OPEN_DOCUMENT + "spreadsheet" -> FileType.ODS;
                default -> refused("files.type.notAllowed");
            };
        }
        if (names.contains("[Content_Types].xml")) {
            if (names.stream().anyMatch(name -> name.startsWith("word/"))) {
                return FileType.DOCX;
            }
            if (names.stream().anyMatch(name -> name.startsWith("xl/"))) {
                return FileType.XLSX;
            }
            return refused("files.type.notAllowed");
        }
        if (names.stream().allMatch(name -> name.endsWith("/"))) {
            return refused("files.zip.empty");
        }
        return refusalKey == null ? FileType.ZIP : null;
    }

    /** VBA projects (Office) and Basic or script libraries (OpenDocument) run code when a colleague opens the file. */
    private boolean hasMacros() {
        boolean office = names.contains("[Content_Types].xml") || mimetype != null;
        return office && names.stream().anyMatch(name -> name.startsWith("Basic/") || name.startsWith("Scripts/")
                || name.toLowerCase(Locale.ROOT).endsWith("vbaproject.bin"));
    }

    private FileType refused(String key) {
        refusedEntry = null;
        refusalKey = key;
        return null;
    }
}
