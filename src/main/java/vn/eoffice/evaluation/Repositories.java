package vn.eoffice.evaluation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface Periods extends JpaRepository<EvaluationPeriod, Long> {

    List<EvaluationPeriod> findByAgencyIdOrderByFirstDayDescIdDesc(Long agencyId);

    boolean existsByAgencyIdAndRuleAndFirstDayAndLastDay(Long agencyId, EvaluationRule rule,
            java.time.LocalDate firstDay, java.time.LocalDate lastDay);
}

interface Sheets extends JpaRepository<EvaluationSheet, Long> {

    List<EvaluationSheet> findByPeriodIdOrderById(Long periodId);

    List<EvaluationSheet> findByAgencyIdAndStatusInOrderById(Long agencyId, Collection<SheetStatus> statuses);

    List<EvaluationSheet> findByUserIdOrderByIdDesc(Long userId);

    Optional<EvaluationSheet> findByPeriodIdAndUserId(Long periodId, Long userId);
}

interface TaskMarks extends JpaRepository<TaskMark, TaskMark.Key> {

    List<TaskMark> findBySheetId(Long sheetId);
}
