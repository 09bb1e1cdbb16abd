package vn.eoffice.organization;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Agencies extends JpaRepository<Agency, Long> {

    List<Agency> findByHostedTrueOrderByName();

    Optional<Agency> findByIdentifierCode(String identifierCode);

    Optional<Agency> findFirstByAbbreviationAndHostedTrueOrderByIdDesc(String abbreviation);

    @Query("""
            select a from Agency a
            where (:hosted is null or a.hosted = :hosted)
              and (:text is null or lower(a.name) like :text or lower(a.abbreviation) like :text
                   or lower(a.identifierCode) like :text)
            order by a.name""")
    Page<Agency> search(Boolean hosted, String text, Pageable pageable);
}
