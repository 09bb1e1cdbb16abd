package vn.eoffice.tasks;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface Timeline extends JpaRepository<TimelineEntry, Long> {

    List<TimelineEntry> findByTaskIdOrderByOccurredAtAscIdAsc(Long taskId);

    @org.springframework.data.jpa.repository.Query("select count(e) > 0 from TimelineEntry e join e.files f"
            + " where e.taskId = :taskId and f.fileId = :fileId")
    boolean hasFile(Long taskId, Long fileId);
}
