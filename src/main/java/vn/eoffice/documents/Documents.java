package vn.eoffice.documents;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface Documents extends JpaRepository<Document, Long>, JpaSpecificationExecutor<Document> {

    List<Document> findByAgencyIdAndDirectionAndIssuerNameIgnoreCaseAndDocumentDate(Long agencyId,
            Direction direction, String issuerName, LocalDate documentDate);

    java.util.Optional<Document> findFirstByAgencyIdAndDirectionAndNotationIgnoreCaseOrderByIdDesc(Long agencyId,
            Direction direction, String notation);

    @Query("select f.fileId from Document d join d.files f where d.id = :documentId order by f.position")
    List<Long> fileIdsOf(Long documentId);

    /** The files of the documents of one direction created since a moment, oldest first. */
    @Query("select f.fileId from Document d join d.files f where d.direction = :direction and d.createdAt >= :since"
            + " order by d.createdAt, d.id, f.position")
    List<Long> fileIdsCreatedSince(Direction direction, Instant since);
}
