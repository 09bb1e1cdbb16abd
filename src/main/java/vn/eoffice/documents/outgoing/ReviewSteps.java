package vn.eoffice.documents.outgoing;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReviewSteps extends JpaRepository<ReviewStep, Long> {

    List<ReviewStep> findByDocumentIdOrderByStepOrderAscIdAsc(Long documentId);
}
