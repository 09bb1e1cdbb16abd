package vn.eoffice.tasks;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface Timeline extends JpaRepository<TimelineEntry, Long> {

    List<TimelineEntry> findByTaskIdOrderByOccurredAtAscIdAsc(Long taskId);

    @org.springframework.data.jpa.repository.Query("select e.taskId, e.kind, count(e) from TimelineEntry e"
            + " where e.taskId in :taskIds and e.kind in :kinds group by e.taskId, e.kind")
    List<Object[]> countKinds(java.util.Collection<Long> taskIds, java.util.Collection<String> kinds);

    @org.springframework.data.jpa.repository.Query("select e.taskId, e.kind, count(e) from TimelineEntry e"
            + " where e.taskId in :taskIds and e.kind in :kinds and e.occurredAt >= :from and e.occurredAt < :to"
            + " group by e.taskId, e.kind")
    List<Object[]> countKindsBetween(java.util.Collection<Long> taskIds, java.util.Collection<String> kinds,
            java.time.Instant from, java.time.Instant to);

    @org.springframework.data.jpa.repository.Query("select count(e) > 0 from TimelineEntry e join e.files f"
            + " where e.taskId = :taskId and f.fileId = :fileId")
    boolean hasFile(Long taskId, Long fileId);
}
