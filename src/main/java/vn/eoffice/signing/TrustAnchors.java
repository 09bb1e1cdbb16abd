package vn.eoffice.signing;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface TrustAnchors extends JpaRepository<TrustAnchorEntry, Long> {

    boolean existsByFingerprint(String fingerprint);

    List<TrustAnchorEntry> findAllByOrderBySubjectAsc();
}
