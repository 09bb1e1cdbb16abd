package vn.eoffice.exchange;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface Peers extends JpaRepository<Peer, Long> {

    Optional<Peer> findByOrganId(String organId);

    List<Peer> findAllByOrderByNameAsc();
}
