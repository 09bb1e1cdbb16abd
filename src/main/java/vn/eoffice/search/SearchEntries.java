package vn.eoffice.search;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SearchEntries extends JpaRepository<SearchEntry, Long> {

    @Query("select e.documentId from SearchEntry e join e.fileIds f where f = :fileId")
    List<Long> documentsWithFile(Long fileId);

    @Query("select e.documentId from SearchEntry e where e.updatedAt >= :since order by e.updatedAt")
    List<Long> updatedSince(java.time.Instant since);
}
