package vn.eoffice.tasks;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface Tasks extends JpaRepository<Task, Long>, JpaSpecificationExecutor<Task> {

    List<Task> findByParentIdOrderById(Long parentId);

    List<Task> findBySourceTypeAndSourceIdOrderById(SourceType type, Long id);

    List<Task> findBySourceTypeAndSourceIdIsNullOrderById(SourceType type);

    List<Task> findByRepeatDayIsNotNullAndNextOccurrenceIdIsNullAndDeadlineLessThanEqual(LocalDate latest);

    List<Task> findByStatusInAndDeadlineLessThanEqual(Collection<TaskStatus> statuses, LocalDate latest);

    @Query("select t from Task t where t.status = vn.eoffice.tasks.TaskStatus.ACCEPTED and t.agencyId = :agencyId"
            + " and t.acceptedAt >= :from and t.acceptedAt < :to order by t.acceptedAt")
    List<Task> findAccepted(Long agencyId, java.time.Instant from, java.time.Instant to);

    @Query("select t from Task t where t.agencyId = :agencyId and t.leadUserId is not null"
            + " and t.status <> vn.eoffice.tasks.TaskStatus.CANCELLED and ((t.acceptedAt >= :from and t.acceptedAt < :to)"
            + " or (t.acceptedAt is null and t.deadline >= :firstDay and t.deadline <= :lastDay)) order by t.deadline, t.id")
    List<Task> findLedIn(Long agencyId, java.time.Instant from, java.time.Instant to, LocalDate firstDay,
            LocalDate lastDay);

    @org.springframework.data.jpa.repository.Query("select t.id from Task t")
    List<Long> allIds();
}
