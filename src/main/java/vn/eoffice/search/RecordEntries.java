package vn.eoffice.search;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RecordEntries extends JpaRepository<RecordEntry, String> {

    @Query("select e.recordId from RecordEntry e where e.kind = :kind")
    List<Long> idsOf(String kind);
}
