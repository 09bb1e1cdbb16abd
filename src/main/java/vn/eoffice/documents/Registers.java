package vn.eoffice.documents;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface Registers extends JpaRepository<Register, Long> {

    List<Register> findByAgencyIdOrderByKindAscNameAsc(Long agencyId);

    List<Register> findByAgencyIdAndKindAndActiveTrueOrderByName(Long agencyId, RegisterKind kind);
}
