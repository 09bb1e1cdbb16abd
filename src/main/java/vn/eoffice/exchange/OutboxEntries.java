package vn.eoffice.exchange;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface OutboxEntries extends JpaRepository<OutboxEntry, Long> {

    /** Status updates and acknowledgements of one delivery are serialised on its row. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select e from OutboxEntry e where e.id = :id")
    Optional<OutboxEntry> lock(Long id);

    @Query("""
            select e.id from OutboxEntry e where e.state = vn.eoffice.exchange.DeliveryState.PENDING
            and e.nextAttemptAt <= :now and (e.claimedUntil is null or e.claimedUntil < :now)
            order by e.nextAttemptAt asc, e.id asc""")
    List<Long> due(Instant now, Pageable page);

    /** Takes the entries for this node that no other node holds a live claim on; returns how many it took. */
    @Modifying
    @Query("""
            update OutboxEntry e set e.claimedBy = :node, e.claimedUntil = :until
            where e.id in :ids and e.state = vn.eoffice.exchange.DeliveryState.PENDING
            and (e.claimedUntil is null or e.claimedUntil < :now)""")
    int claim(Collection<Long> ids, String node, Instant now, Instant until);

    /** Which of the entries carry the claim (node, expiry) just made. */
    @Query("""
            select e.id from OutboxEntry e where e.id in :ids and e.claimedBy = :node and e.claimedUntil = :until
            order by e.nextAttemptAt asc, e.id asc""")
    List<Long> claimedIds(Collection<Long> ids, String node, Instant until);

    List<OutboxEntry> findByDocumentIdAndKindOrderByIdAsc(Long documentId, DeliveryKind kind);

    List<OutboxEntry> findByDocumentIdAndKindInOrderByIdAsc(Long documentId, java.util.Collection<DeliveryKind> kinds);

    /** The deliveries a receiver's status may be about: the document, its replacement, its updates; newest first. */
    List<OutboxEntry> findByDocumentKeyAndRecipientOrganIdAndKindInOrderByIdDesc(String documentKey,
            String recipientOrganId, java.util.Collection<DeliveryKind> kinds);

    Optional<OutboxEntry> findFirstByKindAndDocumentKeyAndSenderOrganIdAndRecipientOrganIdOrderByIdAsc(
            DeliveryKind kind, String documentKey, String senderOrganId, String recipientOrganId);

    @Query("""
            select e.id from OutboxEntry e where e.kind = vn.eoffice.exchange.DeliveryKind.DOCUMENT
            and e.documentKey = :documentKey and e.recipientOrganId = :recipientOrganId order by e.id desc""")
    List<Long> deliveryIds(String documentKey, String recipientOrganId);

    long countByState(DeliveryState state);

    @Query("""
            select e from OutboxEntry e where e.agencyId = :agencyId
            and e.kind = vn.eoffice.exchange.DeliveryKind.DOCUMENT
            and (e.lastStatus is null or e.lastStatus not in ('02', '06', '15'))
            and e.state <> vn.eoffice.exchange.DeliveryState.CANCELLED
            order by e.createdAt desc, e.id desc""")
    List<OutboxEntry> unfinished(Long agencyId, Pageable page);
}
