package vn.eoffice.documents;

/**
 * Something about a document changed (registered, submitted, and later directed, released…); published for modules
 * that keep a projection of documents, such as search. Read the document again through
 * {@link DocumentManagement#snapshot(Long)}.
 *
 * @param registration true for the change that registers a new document, which has not yet moved on in its handling
 */
public record DocumentChanged(Long documentId, boolean registration) {

    /** A later step in the document's life. */
    public DocumentChanged(Long documentId) {
        this(documentId, false);
    }
}
