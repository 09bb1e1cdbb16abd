package vn.eoffice.documents.exports;

/**
 * An exported file: its name (for Content-Disposition), type and bytes.
 */
public record ExportFile(String fileName, String contentType, byte[] content) {
}
