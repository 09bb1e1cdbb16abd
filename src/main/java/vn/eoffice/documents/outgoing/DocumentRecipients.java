package vn.eoffice.documents.outgoing;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface DocumentRecipients extends JpaRepository<Recipient, Long> {

    List<Recipient> findByDocumentIdOrderByIdAsc(Long documentId);

    List<Recipient> findByDocumentIdInOrderByDocumentIdAscIdAsc(Collection<Long> documentIds);
}
