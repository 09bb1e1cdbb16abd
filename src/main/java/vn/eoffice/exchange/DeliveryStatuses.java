package vn.eoffice.exchange;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface DeliveryStatuses extends JpaRepository<DeliveryStatus, Long> {

    boolean existsByOutboxIdAndCode(Long outboxId, String code);

    List<DeliveryStatus> findByOutboxIdInOrderByOccurredAtAscIdAsc(List<Long> outboxIds);
}
