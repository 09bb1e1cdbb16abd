package vn.eoffice.documents;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface Registers extends JpaRepository<Register, Long> {

    List<Register> findByAgencyIdOrderByKindAscNameAsc(Long agencyId);

    /** Ordinary registers first: a form's default register is never the secret one. */
    List<Register> findByAgencyIdAndKindAndActiveTrueOrderBySecretOnlyAscNameAsc(Long agencyId, RegisterKind kind);

    List<Register> findByAgencyIdAndActiveTrue(Long agencyId);
}
