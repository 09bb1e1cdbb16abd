package vn.eoffice.study;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface Programmes extends JpaRepository<StudyProgramme, Long> {

    List<StudyProgramme> findByAgencyIdOrderByStudyFromDescIdDesc(Long agencyId);

    List<StudyProgramme> findByIdInOrderByStudyFromDescIdDesc(Collection<Long> ids);
}

interface Committees extends JpaRepository<StudyCommittee, Long> {

    List<StudyCommittee> findByProgrammeIdOrderByName(Long programmeId);

    Optional<StudyCommittee> findByProgrammeIdAndAgencyId(Long programmeId, Long agencyId);

    List<StudyCommittee> findByAgencyId(Long agencyId);
}
