package vn.eoffice.files.text;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import vn.eoffice.files.inspect.FileType;

/**
 * Extracts plain text for search from the types that carry prose: PDF (first {@link #MAX_PDF_PAGES} pages), DOCX
 * and ODT. The text is cut at {@link #MAX_CHARS} characters.
 */
public class TextExtractor {

    public static final int MAX_CHARS = 1_000_000;
    static final int MAX_PDF_PAGES = 200;

    public static boolean extracts(FileType type) {
        return type == FileType.PDF || type == FileType.DOCX || type == FileType.ODT;
    }

    /** The text, or empty when the type carries none; IOException when the file cannot be read. */
    public Optional<String> extract(FileType type, Path file) throws IOException {
        String text = switch (type) {
            case PDF -> PdfText.extract(file, MAX_PDF_PAGES);
            case DOCX -> XmlText.fromZipEntry(file, "word/document.xml", XmlText.WORD);
            case ODT -> XmlText.fromZipEntry(file, "content.xml", XmlText.OPEN_DOCUMENT);
            default -> null;
        };
        return Optional.ofNullable(text).map(TextExtractor::clean);
    }

    /** NUL is not allowed in PostgreSQL text columns; the length fits the column. */
    static String clean(String text) {
        String cleaned = text.replace("\u0000", "").strip();
        if (cleaned.length() > MAX_CHARS) {
            int end = Character.isHighSurrogate(cleaned.charAt(MAX_CHARS - 1)) ? MAX_CHARS - 1 : MAX_CHARS;
            cleaned = cleaned.substring(0, end);
        }
        return cleaned;
    }
}
