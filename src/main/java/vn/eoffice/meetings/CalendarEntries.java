package vn.eoffice.meetings;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CalendarEntries extends JpaRepository<CalendarEntry, Long> {

    List<CalendarEntry> findByAgencyIdAndStartsAtGreaterThanEqualAndStartsAtLessThanOrderByStartsAt(Long agencyId,
            Instant from, Instant to);
}
