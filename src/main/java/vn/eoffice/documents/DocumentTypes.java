package vn.eoffice.documents;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface DocumentTypes extends JpaRepository<DocumentType, Long> {

    List<DocumentType> findAllByOrderBySortOrderAscNameAsc();

    Optional<DocumentType> findByCode(String code);
}
