package vn.eoffice.meetings;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface UnitReports extends JpaRepository<UnitReport, Long> {

    List<UnitReport> findByMeetingIdOrderById(Long meetingId);

    Optional<UnitReport> findByMeetingIdAndUnitId(Long meetingId, Long unitId);
}
