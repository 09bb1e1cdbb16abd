package vn.eoffice.people;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The reads the statistics, exports and import make over a whole agency. */
interface StaffRecords extends Repository<Cadre, Long> {

    @Query("select c from Cadre c where c.agencyId = :agencyId order by c.searchKey, c.id")
    List<Cadre> cadres(Long agencyId);

    @Query("select p from JobPosition p where p.agencyId = :agencyId order by p.unitId, p.name")
    List<JobPosition> positions(Long agencyId);

    @Query("""
            select a from Assignment a where a.validTo is null
             and a.positionId in (select p.id from JobPosition p where p.agencyId = :agencyId)""")
    List<Assignment> assignments(Long agencyId);

    @Query("select h.cadreId, min(h.validFrom) from PositionHeld h where h.cadreId in :cadreIds group by h.cadreId")
    List<Object[]> firstStarts(Collection<Long> cadreIds);

    @Query("select h from PositionHeld h where h.cadreId in :cadreIds and h.validTo is null")
    List<PositionHeld> current(Collection<Long> cadreIds);
}
