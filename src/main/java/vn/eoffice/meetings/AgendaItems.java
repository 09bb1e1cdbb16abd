package vn.eoffice.meetings;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AgendaItems extends JpaRepository<AgendaItem, Long> {

    List<AgendaItem> findByMeetingIdOrderByPosition(Long meetingId);
}
