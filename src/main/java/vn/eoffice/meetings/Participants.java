package vn.eoffice.meetings;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface Participants extends JpaRepository<Participant, Long> {

    List<Participant> findByMeetingIdOrderById(Long meetingId);
}
