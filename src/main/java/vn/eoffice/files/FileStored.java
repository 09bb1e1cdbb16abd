package vn.eoffice.files;

/**
 * An upload was accepted and committed; published for text extraction and any module that indexes files.
 */
public record FileStored(Long fileId, String sha256, String mediaType) {
}
