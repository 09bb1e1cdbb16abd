package vn.eoffice.documents;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.eoffice.files.FileStorage;
import vn.eoffice.files.FileViewer;
import vn.eoffice.files.PagePreviews;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.tasks.SourceType;
import vn.eoffice.tasks.TaskSources;

/**
 * A document as the source of tasks and as something to read while deciding: its number and symbol (or summary) and
 * the inline viewer of its main file, for whoever may see the document.
 */
@Component
public class DocumentSources implements TaskSources {

    private final DocumentManagement documents;
    private final FileStorage storage;
    private final PagePreviews previews;

    DocumentSources(DocumentManagement documents, FileStorage storage, PagePreviews previews) {
        this.documents = documents;
        this.storage = storage;
        this.previews = previews;
    }

    @Override
    public SourceType type() {
        return SourceType.DOCUMENT;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> label(CurrentUser user, Long documentId) {
        return documents.mayView(user, documentId) ? Optional.of(label(documents.visible(user, documentId)))
                : Optional.empty();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<FileViewer> viewer(CurrentUser user, Long documentId) {
        return documents.mayView(user, documentId) ? viewer(documents.visible(user, documentId)) : Optional.empty();
    }

    /** The viewer of the document's main file (or its first file), none when it has no file. */
    public Optional<FileViewer> viewer(Document document) {
        return document.getFiles().stream()
                .min((a, b) -> a.kind() == b.kind() ? Integer.compare(a.position(), b.position())
                        : a.kind() == DocumentFile.Kind.MAIN ? -1 : 1)
                .map(file -> previews.viewer(storage.find(file.fileId()),
                        "/documents/" + document.getId() + "/files/" + file.position()));
    }

    /** "12/UBND-VP — trích yếu" when the document has a number and symbol, its summary otherwise. */
    public static String label(Document document) {
        String notation = document.getNotation();
        return notation == null || notation.isBlank() ? document.getSummary()
                : notation + (document.getSummary() == null ? "" : " — " + document.getSummary());
    }
}
