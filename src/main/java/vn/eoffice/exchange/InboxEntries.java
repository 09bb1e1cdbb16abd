package vn.eoffice.exchange;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface InboxEntries extends JpaRepository<InboxEntry, Long> {

    Optional<InboxEntry> findBySenderOrganIdAndDocumentKeyAndRecipientOrganIdAndRevision(String sender,
            String documentKey, String recipient, String revision);

    List<InboxEntry> findBySenderOrganIdAndDocumentKey(String sender, String documentKey);

    List<InboxEntry> findBySenderOrganIdAndDocumentKeyAndRevision(String sender, String documentKey, String revision);

    /** The entry a registered document came from (the first: an applied update shares its document). */
    Optional<InboxEntry> findFirstByDocumentIdOrderByIdAsc(Long documentId);

    List<InboxEntry> findByAgencyIdAndDocumentIdOrderByIdAsc(Long agencyId, Long documentId);

    List<InboxEntry> findByAgencyIdAndLinksAnswersDocumentIdOrderByIdAsc(Long agencyId, Long answersDocumentId);

    List<InboxEntry> findByLinksEarlierInboxIdInOrderByIdAsc(Collection<Long> earlierInboxIds);

    @Query("""
            select e from InboxEntry e where e.agencyId = :agencyId
            and (e.state = vn.eoffice.exchange.InboxState.RECEIVED
                 or e.recallState = vn.eoffice.exchange.RecallState.REQUESTED)
            order by e.priority desc, e.receivedAt asc, e.id asc""")
    Page<InboxEntry> waiting(Long agencyId, Pageable pageable);

    Page<InboxEntry> findByAgencyIdOrderByReceivedAtDescIdDesc(Long agencyId, Pageable pageable);

    /** Whether another entry than {@code id} waits in the agency's queue (stops at the first it finds). */
    boolean existsByAgencyIdAndStateAndIdNot(Long agencyId, InboxState state, Long id);
}
