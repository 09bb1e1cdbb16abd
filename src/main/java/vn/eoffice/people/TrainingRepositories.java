package vn.eoffice.people;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Assessments extends JpaRepository<CompetencyAssessment, Long> {

    Optional<CompetencyAssessment> findByCadreIdAndYear(Long cadreId, int year);

    List<CompetencyAssessment> findByAgencyIdAndStatusOrderBySubmittedAt(Long agencyId, AssessmentStatus status);

    @Query("""
            select a from CompetencyAssessment a where a.agencyId = :agencyId and a.status = :status
             and a.year between :fromYear and :toYear order by a.year desc, a.id""")
    List<CompetencyAssessment> reviewedIn(Long agencyId, AssessmentStatus status, int fromYear, int toYear);
}

interface Courses extends JpaRepository<TrainingCourse, Long> {

    List<TrainingCourse> findByCadreIdOrderByFromDateDesc(Long cadreId);
}

interface Plans extends JpaRepository<TrainingPlan, Long> {

    Optional<TrainingPlan> findByUnitIdAndYear(Long unitId, int year);

    List<TrainingPlan> findByAgencyIdAndYear(Long agencyId, int year);
}

interface TrainingItems extends JpaRepository<TrainingItem, Long> {

    List<TrainingItem> findByPlanIdOrderByCadreIdAscDeadlineAscIdAsc(Long planId);

    @Query("select i.planId, count(i), count(i.courseId) from TrainingItem i where i.planId in :planIds group by i.planId")
    List<Object[]> progress(Collection<Long> planIds);
}

interface HeldPositions extends JpaRepository<Assignment, Long> {

    @Query("select a from Assignment a where a.cadreId in :cadreIds and a.main = true and a.validTo is null")
    List<Assignment> primaryOf(Collection<Long> cadreIds);
}
