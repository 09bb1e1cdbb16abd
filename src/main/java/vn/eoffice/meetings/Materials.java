package vn.eoffice.meetings;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface Materials extends JpaRepository<Material, Long> {

    List<Material> findByMeetingIdOrderById(Long meetingId);

    boolean existsByAgendaItemId(Long agendaItemId);
}
