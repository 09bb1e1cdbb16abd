package vn.eoffice.documents;

/**
 * A file already stored by the files module, to be attached to a document under this name.
 */
public record AttachedFile(Long fileId, String name) {
}
