package vn.eoffice.meetings;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface OccurrenceChanges extends JpaRepository<OccurrenceChange, Long> {

    List<OccurrenceChange> findByMeetingId(Long meetingId);

    Optional<OccurrenceChange> findByMeetingIdAndOriginalStart(Long meetingId, Instant originalStart);
}
