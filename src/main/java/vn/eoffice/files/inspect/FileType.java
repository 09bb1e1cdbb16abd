package vn.eoffice.files.inspect;

import java.util.List;
import java.util.Locale;

/**
 * The allow-list: every type an upload may have, with its media type and the extensions that may name it.
 */
public enum FileType {
    PDF("application/pdf", "PDF", "pdf"),
    DOC("application/msword", "Word 97–2003", "doc"),
    XLS("application/vnd.ms-excel", "Excel 97–2003", "xls"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel", "xlsx"),
    ODT("application/vnd.oasis.opendocument.text", "OpenDocument Text", "odt"),
    ODS("application/vnd.oasis.opendocument.spreadsheet", "OpenDocument Spreadsheet", "ods"),
    JPEG("image/jpeg", "JPEG", "jpg", "jpeg"),
    PNG("image/png", "PNG", "png"),
    TIFF("image/tiff", "TIFF", "tif", "tiff"),
    ZIP("application/zip", "ZIP", "zip");

    private final String mediaType;
    private final String label;
    private final List<String> extensions;

    FileType(String mediaType, String label, String... extensions) {
        this.mediaType = mediaType;
        this.label = label;
        this.extensions = List.of(extensions);
    }

    public String mediaType() {
        return mediaType;
    }

    /** A short name users recognise, used in refusal messages. */
    public String label() {
        return label;
    }

    public String defaultExtension() {
        return extensions.get(0);
    }

    public boolean namedBy(String extension) {
        return extensions.contains(extension.toLowerCase(Locale.ROOT));
    }

    public static FileType ofMediaType(String mediaType) {
        for (FileType type : values()) {
            if (type.mediaType.equals(mediaType)) {
                return type;
            }
        }
        throw new IllegalArgumentException("not an allowed media type: " + mediaType);
    }
}
