package vn.eoffice.people;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Cadres extends JpaRepository<Cadre, Long> {

    @Query("""
            select c from Cadre c where c.agencyId = :agencyId
             and (:unitId is null or c.unitId = :unitId) and c.searchKey like :key
             and (:whole = true or c.userId = :userId) order by c.searchKey, c.id""")
    List<Cadre> search(Long agencyId, Long unitId, String key, boolean whole, Long userId);

    Optional<Cadre> findByUserId(Long userId);

    boolean existsByUserId(Long userId);
}

interface PositionsHeld extends JpaRepository<PositionHeld, Long> {

    List<PositionHeld> findByCadreIdOrderByValidFromDesc(Long cadreId);

    @Query("select p from PositionHeld p where p.cadreId in :cadreIds and p.validTo is null")
    List<PositionHeld> current(Collection<Long> cadreIds);
}

interface JobPositions extends JpaRepository<JobPosition, Long> {

    List<JobPosition> findByAgencyIdOrderByUnitIdAscNameAsc(Long agencyId);
}

interface Assignments extends JpaRepository<Assignment, Long> {

    @Query("select a from Assignment a where a.positionId = :positionId and a.validTo is null order by a.validFrom")
    List<Assignment> holding(Long positionId);

    @Query("select a from Assignment a where a.cadreId = :cadreId and a.validTo is null order by a.validFrom")
    List<Assignment> heldBy(Long cadreId);

    @Query("select a.positionId, count(a) from Assignment a where a.validTo is null group by a.positionId")
    List<Object[]> countsHolding();
}
