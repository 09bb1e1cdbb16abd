package vn.eoffice.meetings;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ConnectionPoints extends JpaRepository<ConnectionPoint, Long> {

    List<ConnectionPoint> findByMeetingIdOrderByMainDescId(Long meetingId);

    /** The points of an agency not ready yet in conferences still to come (its readiness step waits). */
    @org.springframework.data.jpa.repository.Query("""
            select p from ConnectionPoint p, Meeting m where m.id = p.meetingId and p.agencyId = ?1
              and p.techStatus <> vn.eoffice.meetings.TechStatus.PASSED
              and m.status <> vn.eoffice.meetings.MeetingStatus.CANCELLED and m.endsAt > ?2
            order by m.startsAt, p.id""")
    List<ConnectionPoint> waitingReadiness(Long agencyId, java.time.Instant now);
}
