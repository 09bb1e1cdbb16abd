package vn.eoffice.identity;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface Delegations extends JpaRepository<Delegation, Long> {

    List<Delegation> findByDeputyIdAndRevokedAtIsNull(Long deputyId);

    List<Delegation> findByDelegatorIdOrDeputyIdOrderByValidFromDesc(Long delegatorId, Long deputyId);

    List<Delegation> findAllByOrderByValidFromDesc();
}
