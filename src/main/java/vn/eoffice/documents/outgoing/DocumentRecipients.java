package vn.eoffice.documents.outgoing;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface DocumentRecipients extends JpaRepository<Recipient, Long> {

    List<Recipient> findByDocumentIdOrderByIdAsc(Long documentId);
}
