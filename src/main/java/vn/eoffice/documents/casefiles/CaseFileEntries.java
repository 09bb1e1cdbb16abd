package vn.eoffice.documents.casefiles;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CaseFileEntries extends JpaRepository<CaseFileEntry, Long> {

    List<CaseFileEntry> findByCaseFileIdOrderByPositionAsc(Long caseFileId);

    Optional<CaseFileEntry> findByDocumentIdAndYear(Long documentId, int year);

    Optional<CaseFileEntry> findByCaseFileIdAndDocumentId(Long caseFileId, Long documentId);

    long countByCaseFileId(Long caseFileId);
}
