package vn.eoffice.meetings;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ConnectionPoints extends JpaRepository<ConnectionPoint, Long> {

    List<ConnectionPoint> findByMeetingIdOrderByMainDescId(Long meetingId);
}
