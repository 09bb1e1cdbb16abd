package vn.eoffice.documents.casefiles;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface CaseFiles extends JpaRepository<CaseFile, Long> {

    List<CaseFile> findByAgencyIdAndYearOrderByCodeAsc(Long agencyId, int year);

    /** Changes to a file's documents and its closing take turns, so nothing is added to a file being closed. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select f from CaseFile f where f.id = :id")
    Optional<CaseFile> lockById(Long id);

    boolean existsByAgencyIdAndYearAndCodeIgnoreCase(Long agencyId, int year, String code);
}
