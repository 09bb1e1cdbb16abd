package vn.eoffice.search;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SearchEntries extends JpaRepository<SearchEntry, Long> {

    @Query("select e.documentId from SearchEntry e join e.fileIds f where f = :fileId")
    List<Long> documentsWithFile(Long fileId);

    @Query("select e.documentId from SearchEntry e where e.updatedAt >= :since order by e.updatedAt")
    List<Long> updatedSince(Instant since);

    /** How up to date the entries of these documents are, without reading their text. */
    @Query("select new vn.eoffice.search.EntryState(e.documentId, e.updatedAt,"
            + " case when e.content is null then true else false end, size(e.fileIds))"
            + " from SearchEntry e where e.documentId in :documentIds")
    List<EntryState> states(Collection<Long> documentIds);
}
