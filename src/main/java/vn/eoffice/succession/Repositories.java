package vn.eoffice.succession;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface Posts extends JpaRepository<SuccessionPost, Long> {

    List<SuccessionPost> findByAgencyIdOrderByLevelAscNameAsc(Long agencyId);

    boolean existsByAgencyIdAndName(Long agencyId, String name);
}

interface Standards extends JpaRepository<LevelStandard, Long> {

    List<LevelStandard> findByAgencyId(Long agencyId);

    Optional<LevelStandard> findByAgencyIdAndLevel(Long agencyId, LeadershipLevel level);
}

interface TargetSettings extends JpaRepository<StructureTargets, Long> {
}

interface SuccessionPlans extends JpaRepository<SuccessionPlan, Long> {

    List<SuccessionPlan> findByAgencyId(Long agencyId);

    Optional<SuccessionPlan> findByAgencyIdAndTermId(Long agencyId, Long termId);

    List<SuccessionPlan> findByStatus(PlanStatus status);

    /** The plan locked until the change commits, so that two candidates added at once cannot pass a limit. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from SuccessionPlan p where p.id = :id")
    Optional<SuccessionPlan> lockById(Long id);
}

interface Candidacies extends JpaRepository<Candidacy, Long> {

    List<Candidacy> findByPlanIdOrderById(Long planId);
}

interface PlanEvents extends JpaRepository<PlanEvent, Long> {

    List<PlanEvent> findByPlanIdOrderByAtAscIdAsc(Long planId);
}
