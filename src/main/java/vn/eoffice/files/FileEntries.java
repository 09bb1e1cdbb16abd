package vn.eoffice.files;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface FileEntries extends JpaRepository<FileEntry, Long> {

    /** The facts about a file without its extracted text, which may be a megabyte that most readers never need. */
    @Query("""
            select new vn.eoffice.files.StoredFile(f.id, f.originalName, f.mediaType, f.size, f.sha256, f.uploaderId,
                f.createdAt, f.textStatus)
            from FileEntry f where f.id = :id""")
    Optional<StoredFile> findSummaryById(Long id);

    /** The file's extracted text, null while there is none; empty when the file does not exist. */
    @Query("select new vn.eoffice.files.FileEntries$ExtractedText(f.extractedText) from FileEntry f where f.id = :id")
    Optional<ExtractedText> findExtractedTextById(Long id);

    record ExtractedText(String text) {
    }

    Page<FileEntry> findByUploaderIdOrderByCreatedAtDescIdDesc(Long uploaderId, Pageable pageable);

    List<FileEntry> findByTextStatusAndCreatedAtBeforeOrderByIdAsc(TextStatus status, Instant before,
            Pageable pageable);
}
