package vn.eoffice.meetings;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Meetings extends JpaRepository<Meeting, Long> {

    Optional<Meeting> findByOnlineRoom(String onlineRoom);

    /** Scheduled meetings in the room that may overlap [from, to): single ones by time, recurring ones all. */
    @Query("select m from Meeting m where m.roomId = :roomId and m.status = 'SCHEDULED'"
            + " and (m.recurrence is not null or (m.startsAt < :to and m.endsAt > :from))")
    List<Meeting> bookingsOf(Long roomId, Instant from, Instant to);

    /** Meetings of the agency that may have an occurrence in [from, to). */
    @Query("select m from Meeting m where m.agencyId = :agencyId"
            + " and (m.recurrence is not null and m.startsAt < :to or (m.startsAt < :to and m.endsAt > :from))"
            + " order by m.startsAt")
    List<Meeting> ofAgencyBetween(Long agencyId, Instant from, Instant to);

    /** Meetings where the person is chair, secretary, organiser or invited (as a person, deputy or unit member). */
    @Query("select distinct m from Meeting m where m.chairId = :userId or m.secretaryId = :userId"
            + " or m.createdBy = :userId or exists (select p from Participant p where p.meetingId = m.id and"
            + " (p.userId = :userId or p.deputyId = :userId or p.unitId in :unitIds))"
            + " or exists (select c from ConnectionPoint c where c.meetingId = m.id and c.hostId = :userId)")
    List<Meeting> involving(Long userId, Collection<Long> unitIds);

    /** Meetings ahead (or series running) whose invitation waits for the person's answer, or his unit's if he heads it. */
    @Query("select m from Meeting m where m.status = 'SCHEDULED' and (m.recurrence is not null or m.endsAt > :now)"
            + " and exists (select p from Participant p where p.meetingId = m.id"
            + " and p.answer = vn.eoffice.meetings.Answer.PENDING"
            + " and (p.userId = :userId or (:head = true and p.unitId = :unitId)))"
            + " order by m.startsAt, m.id")
    List<Meeting> awaitingAnswer(Long userId, Long unitId, boolean head, Instant now);

    /** Briefings still ahead (or series still running) that invited the unit and have no report from it yet. */
    @Query("select m from Meeting m where m.status = 'SCHEDULED' and m.kind in :kinds"
            + " and (m.recurrence is not null or m.startsAt > :now)"
            + " and exists (select p from Participant p where p.meetingId = m.id and p.unitId = :unitId)"
            + " and not exists (select r from UnitReport r where r.meetingId = m.id and r.unitId = :unitId)"
            + " order by m.startsAt, m.id")
    List<Meeting> owingReport(Long unitId, Collection<MeetingKind> kinds, Instant now);

    @Query("select m from Meeting m where m.status = 'SCHEDULED' and (m.recurrence is not null"
            + " or (m.startsAt >= :from and m.startsAt < :to))")
    List<Meeting> startingBetween(Instant from, Instant to);

    @Query("select m.id from Meeting m")
    List<Long> allIds();
}
