package vn.eoffice.files;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface FileEntries extends JpaRepository<FileEntry, Long> {

    Page<FileEntry> findByUploaderIdOrderByCreatedAtDescIdDesc(Long uploaderId, Pageable pageable);

    List<FileEntry> findByTextStatusAndCreatedAtBeforeOrderByIdAsc(TextStatus status, Instant before,
            Pageable pageable);
}
