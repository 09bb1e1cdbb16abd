package vn.eoffice.signing;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface SigningCredentials extends JpaRepository<SigningCredential, Long> {

    Optional<SigningCredential> findByOwnerKindAndOwnerId(SigningCredential.OwnerKind ownerKind, Long ownerId);
}
