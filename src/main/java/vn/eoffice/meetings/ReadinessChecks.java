package vn.eoffice.meetings;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReadinessChecks extends JpaRepository<ReadinessCheck, Long> {

    List<ReadinessCheck> findByPointIdIn(Collection<Long> pointIds);
}
