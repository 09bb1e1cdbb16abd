package vn.eoffice.tasks;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface Timeline extends JpaRepository<TimelineEntry, Long> {

    List<TimelineEntry> findByTaskIdOrderByOccurredAtAscIdAsc(Long taskId);
}
