package vn.eoffice.signing;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface SignatureChecks extends JpaRepository<SignatureCheck, Long> {

    Optional<SignatureCheck> findFirstByFileIdOrderByCheckedAtDescIdDesc(Long fileId);

    List<SignatureCheck> findByFileIdInOrderByCheckedAtDescIdDesc(Collection<Long> fileIds);
}
