package vn.eoffice.tasks;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ExtensionRequests extends JpaRepository<ExtensionRequest, Long> {

    List<ExtensionRequest> findByTaskIdOrderByRequestedAtAscIdAsc(Long taskId);

    boolean existsByTaskIdAndStatus(Long taskId, ExtensionStatus status);
}
