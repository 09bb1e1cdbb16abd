package vn.eoffice.organization;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface OrgUnits extends JpaRepository<OrgUnit, Long> {

    List<OrgUnit> findByAgencyIdOrderBySortOrderAscNameAsc(Long agencyId);

    List<OrgUnit> findByAgencyIdInOrderBySortOrderAscNameAsc(Collection<Long> agencyIds);
}
