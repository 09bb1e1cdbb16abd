package vn.eoffice.meetings;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface Materials extends JpaRepository<Material, Long> {

    List<Material> findByMeetingIdOrderById(Long meetingId);

    List<Material> findByFileId(Long fileId);

    boolean existsByAgendaItemId(Long agendaItemId);
}
