package vn.eoffice.study;

/**
 * A document to study as one reader sees it: its title, the registered document's id when he may open it, or the
 * uploaded file's name.
 */
public record ReadingView(Long id, String title, Long documentId, String fileName) {

    public boolean hasFile() {
        return fileName != null;
    }
}
