package vn.eoffice.documents.casefiles;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CaseFiles extends JpaRepository<CaseFile, Long> {

    List<CaseFile> findByAgencyIdAndYearOrderByCodeAsc(Long agencyId, int year);

    boolean existsByAgencyIdAndYearAndCodeIgnoreCase(Long agencyId, int year, String code);
}
