package vn.eoffice.organization;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface LineageEvents extends JpaRepository<LineageEvent, Long> {

    List<LineageEvent> findAllByOrderByEffectiveDateDesc();

    List<LineageEvent> findByKind(LineageKind kind);
}
