package vn.eoffice.documents;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface DocumentEvents extends JpaRepository<DocumentEvent, Long> {

    List<DocumentEvent> findByDocumentIdOrderByOccurredAtAscIdAsc(Long documentId);
}
