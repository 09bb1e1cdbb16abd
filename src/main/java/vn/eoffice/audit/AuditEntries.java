package vn.eoffice.audit;

import java.util.List;
import java.util.stream.Stream;

import org.springframework.data.domain.Pageable;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface AuditEntries extends JpaRepository<AuditEntry, Long>, JpaSpecificationExecutor<AuditEntry> {

    /** The sealed lines up to {@code lastSeq}, in chain order. */
    @Query("select e from AuditEntry e where e.seq is not null and e.seq <= :lastSeq order by e.seq")
    Stream<AuditEntry> streamInOrderUpTo(long lastSeq);

    /** Committed lines not yet in the chain, in the order they were written. */
    @Query("select e from AuditEntry e where e.seq is null order by e.id")
    List<AuditEntry> findUnsealed(Pageable pageable);

    long countBySeqIsNull();
}
