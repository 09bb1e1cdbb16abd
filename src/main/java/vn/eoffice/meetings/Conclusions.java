package vn.eoffice.meetings;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface Conclusions extends JpaRepository<Conclusion, Long> {

    List<Conclusion> findByMeetingIdOrderByPosition(Long meetingId);
}
