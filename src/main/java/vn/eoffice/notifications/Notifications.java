package vn.eoffice.notifications;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface Notifications extends JpaRepository<Notification, Long> {

    Optional<Notification> findByIdAndRecipientId(Long id, Long recipientId);

    Page<Notification> findByRecipientIdOrderByCreatedAtDescIdDesc(Long recipientId, Pageable pageable);

    Page<Notification> findByRecipientIdAndReadAtIsNullOrderByCreatedAtDescIdDesc(Long recipientId,
            Pageable pageable);

    long countByRecipientIdAndReadAtIsNull(Long recipientId);

    /** Unread counts of several people at once: [recipientId, count] rows, people with none are absent. */
    @Query("""
            select n.recipientId, count(n) from Notification n
            where n.recipientId in :recipientIds and n.readAt is null
            group by n.recipientId""")
    List<Object[]> countUnreadByRecipients(Collection<Long> recipientIds);

    @Query("select distinct n.recipientId from Notification n where n.step = :step and n.readAt is null")
    List<Long> unreadRecipientsOfStep(String step);

    @Modifying
    @Query("update Notification n set n.readAt = :now where n.step = :step and n.readAt is null")
    int markStepRead(String step, Instant now);

    @Modifying
    @Query("update Notification n set n.readAt = :now where n.recipientId = :recipientId and n.readAt is null")
    int markAllRead(Long recipientId, Instant now);
}
