package vn.eoffice.organization;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface PartyTerms extends JpaRepository<PartyTerm, Long> {

    List<PartyTerm> findByAgencyIdOrderByStartDateDesc(Long agencyId);
}
