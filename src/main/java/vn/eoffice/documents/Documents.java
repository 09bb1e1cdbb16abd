package vn.eoffice.documents;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface Documents extends JpaRepository<Document, Long>, JpaSpecificationExecutor<Document> {

    List<Document> findByAgencyIdAndDirectionAndIssuerNameIgnoreCaseAndNotationIgnoreCaseAndDocumentDate(
            Long agencyId, Direction direction, String issuerName, String notation, LocalDate documentDate);

    java.util.Optional<Document> findFirstByAgencyIdAndDirectionAndNotationIgnoreCaseOrderByIdDesc(Long agencyId,
            Direction direction, String notation);
}
