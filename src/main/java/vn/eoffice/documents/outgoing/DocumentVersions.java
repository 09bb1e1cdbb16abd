package vn.eoffice.documents.outgoing;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface DocumentVersions extends JpaRepository<DocumentVersion, Long> {

    List<DocumentVersion> findByDocumentIdOrderByVersionNoAsc(Long documentId);
}
