package vn.eoffice.identity;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Users extends JpaRepository<User, Long> {

    Optional<User> findByUsernameIgnoreCase(String username);

    boolean existsByUsernameIgnoreCase(String username);

    List<User> findByUnitIdAndEnabledTrueOrderByFullName(Long unitId);

    List<User> findByAgencyIdAndEnabledTrueOrderByFullName(Long agencyId);

    @Query("select u from User u join u.roles r where r = :role and u.enabled = true order by u.id")
    List<User> findByRoleAndEnabledTrue(Role role);

    @Query("""
            select u from User u
            where (:agencyId is null or u.agencyId = :agencyId)
              and (:unitId is null or u.unitId = :unitId)
              and (:text is null or u.searchText like :text)
            order by u.fullName""")
    Page<User> search(Long agencyId, Long unitId, String text, Pageable pageable);
}
