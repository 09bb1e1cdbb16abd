package vn.eoffice.study;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface MaterialVersions extends JpaRepository<Material, Long> {

    List<Material> findByProgrammeIdOrderByKindAscAudienceAscVersionNoDesc(Long programmeId);

    List<Material> findByDocumentId(Long documentId);

    @org.springframework.data.jpa.repository.Query("select coalesce(max(m.versionNo), 0) from StudyMaterial m"
            + " where m.programmeId = ?1 and m.kind = ?2 and m.audience = ?3")
    int lastVersion(Long programmeId, MaterialKind kind, Audience audience);
}

interface MaterialDownloads extends JpaRepository<MaterialDownload, Long> {
}

interface Readings extends JpaRepository<Reading, Long> {

    List<Reading> findByProgrammeIdOrderById(Long programmeId);
}

interface Programmes extends JpaRepository<StudyProgramme, Long> {

    List<StudyProgramme> findByAgencyIdOrderByStudyFromDescIdDesc(Long agencyId);

    List<StudyProgramme> findByIdInOrderByStudyFromDescIdDesc(Collection<Long> ids);

    boolean existsByNotation(String notation);

    long countByAgencyIdAndStatus(Long agencyId, ProgrammeStatus status);

    List<StudyProgramme> findByAgencyIdAndStatusOrderByStudyFromAscIdAsc(Long agencyId, ProgrammeStatus status);
}

interface Committees extends JpaRepository<StudyCommittee, Long> {

    List<StudyCommittee> findByProgrammeIdOrderByName(Long programmeId);

    Optional<StudyCommittee> findByProgrammeIdAndAgencyId(Long programmeId, Long agencyId);

    List<StudyCommittee> findByAgencyId(Long agencyId);
}
