package vn.eoffice.files;

/**
 * The text of a stored file was extracted and committed; read it with {@link FileStorage#text(Long)}.
 */
public record FileTextExtracted(Long fileId) {
}
