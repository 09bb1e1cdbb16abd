package vn.eoffice.documents;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DocumentEvents extends JpaRepository<DocumentEvent, Long> {

    List<DocumentEvent> findByDocumentIdOrderByOccurredAtAscIdAsc(Long documentId);

    @Query("select new vn.eoffice.documents.DocumentChange(e.documentId, max(e.occurredAt)) from DocumentEvent e"
            + " where e.occurredAt >= :since group by e.documentId")
    List<DocumentChange> changesSince(Instant since);
}
