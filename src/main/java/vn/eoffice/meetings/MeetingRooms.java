package vn.eoffice.meetings;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface MeetingRooms extends JpaRepository<MeetingRoom, Long> {

    List<MeetingRoom> findByAgencyIdOrderByName(Long agencyId);

    List<MeetingRoom> findByAgencyIdAndActiveTrueOrderByName(Long agencyId);

    /** Locks the room's row until the transaction ends (SELECT … FOR UPDATE), serialising its bookings. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from MeetingRoom r where r.id = :id")
    Optional<MeetingRoom> lockById(Long id);
}
