package vn.eoffice.documents;

/**
 * Something about a document changed (registered, submitted, and later directed, released…); published for modules
 * that keep a projection of documents, such as search. Read the document again through
 * {@link DocumentManagement#snapshot(Long)}.
 */
public record DocumentChanged(Long documentId) {
}
