package vn.eoffice.documents.outgoing;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

import vn.eoffice.documents.Direction;
import vn.eoffice.documents.Document;

interface OutgoingDocuments extends JpaRepository<Document, Long> {

    Optional<Document> findFirstByAgencyIdAndDirectionAndNotationIgnoreCaseOrderByIdDesc(Long agencyId,
            Direction direction, String notation);
}
