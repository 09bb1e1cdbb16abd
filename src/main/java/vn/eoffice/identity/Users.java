package vn.eoffice.identity;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import java.time.Instant;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface Users extends JpaRepository<User, Long> {

    Optional<User> findByUsernameIgnoreCase(String username);

    boolean existsByUsernameIgnoreCase(String username);

    List<User> findByUnitIdAndEnabledTrueOrderByFullName(Long unitId);

    List<User> findByAgencyIdAndEnabledTrueOrderByFullName(Long agencyId);

    @Query("""
            select u from User u
            where (:agencyId is null or u.agencyId = :agencyId)
              and (:unitId is null or u.unitId = :unitId)
              and (:text is null or u.searchText like :text)
            order by u.fullName""")
    Page<User> search(Long agencyId, Long unitId, String text, Pageable pageable);

    /** Counting in SQL keeps concurrent failed logins from losing counts or clashing on the version. */
    @Modifying
    @Query("update User u set u.failedLogins = u.failedLogins + 1 where u.id = :id")
    int countFailedLogin(Long id);

    @Modifying
    @Query("update User u set u.lockedUntil = :until, u.failedLogins = 0 where u.id = :id and u.failedLogins >= :max")
    int lockIfTooManyFailures(Long id, int max, Instant until);

    @Modifying
    @Query("update User u set u.failedLogins = 0, u.lockedUntil = null where u.id = :id")
    int clearFailedLogins(Long id);
}
