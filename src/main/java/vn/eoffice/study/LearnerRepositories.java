package vn.eoffice.study;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface PartyMembers extends JpaRepository<PartyMember, Long> {

    @Query("""
            select m from PartyMember m where m.agencyId = :agencyId and (:cell = '' or m.cell = :cell)
            and m.foldedName like :folded and (m.active or :inactive = true)
            order by m.cell, m.foldedName, m.id""")
    /** {@code cell} empty for every cell, {@code folded} a LIKE pattern (never null: PostgreSQL must know its type). */
    Page<PartyMember> search(Long agencyId, String cell, String folded, boolean inactive, Pageable page);

    @Query("select distinct m.cell from PartyMember m where m.agencyId = :agencyId and m.active order by m.cell")
    List<String> cells(Long agencyId);

    List<PartyMember> findByAgencyIdAndActiveTrueAndCellIn(Long agencyId, Collection<String> cells);

    List<PartyMember> findByAgencyIdAndActiveTrueAndKeyLeaderTrue(Long agencyId);

    List<PartyMember> findByAgencyIdAndCardNumberIn(Long agencyId, Collection<String> cards);

    Optional<PartyMember> findByAgencyIdAndCardNumber(Long agencyId, String card);
}

interface StudySessions extends JpaRepository<StudySession, Long> {

    List<StudySession> findByProgrammeIdAndCommitteeIdOrderByHeldOnAscIdAsc(Long programmeId, Long committeeId);
}

interface Learners extends JpaRepository<Learner, Long> {

    @Query("select l.memberId from Learner l where l.programmeId = :programmeId and l.committeeId = :committeeId")
    List<Long> memberIds(Long programmeId, Long committeeId);

    long countByCommitteeId(Long committeeId);

    /** "All present except…": one statement for a cell (or the whole committee) at a session. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update Learner l set l.attendance = vn.eoffice.study.Attendance.PRESENT, l.sessionId = :sessionId,
            l.absenceReason = null, l.version = l.version + 1
            where l.committeeId = :committeeId and l.attendance <> vn.eoffice.study.Attendance.MADE_UP
            and (:cell is null or l.memberId in (select m.id from PartyMember m where m.cell = :cell
                 and m.agencyId = :agencyId))
            and l.id not in :absent""")
    int markPresent(Long committeeId, Long agencyId, String cell, Long sessionId, Collection<Long> absent);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update Learner l set l.attendance = vn.eoffice.study.Attendance.ABSENT, l.sessionId = :sessionId,
            l.absenceReason = :reason, l.version = l.version + 1
            where l.committeeId = :committeeId and l.id = :id and l.attendance <> vn.eoffice.study.Attendance.MADE_UP""")
    int markAbsent(Long committeeId, Long id, Long sessionId, String reason);

    /** A make-up class: the absent who came have studied. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update Learner l set l.attendance = vn.eoffice.study.Attendance.MADE_UP, l.sessionId = :sessionId,
            l.version = l.version + 1
            where l.committeeId = :committeeId and l.attendance = vn.eoffice.study.Attendance.ABSENT
            and l.id in :ids""")
    int markMadeUp(Long committeeId, Long sessionId, Collection<Long> ids);
}
