package vn.eoffice.documents.exports;

import vn.eoffice.platform.DomainException;

/**
 * The file formats a register or a case file index can be exported to.
 */
public enum ExportFormat {
    PDF("application/pdf", "pdf"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    private final String contentType;
    private final String extension;

    ExportFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() { return contentType; }
    public String extension() { return extension; }

    /** Reads "pdf" or "xlsx" in any case; anything else is the caller's mistake. */
    public static ExportFormat parse(String value) {
        for (ExportFormat format : values()) {
            if (format.extension.equalsIgnoreCase(value == null ? "" : value.trim())) {
                return format;
            }
        }
        throw new DomainException("export.format.unknown", value);
    }
}
