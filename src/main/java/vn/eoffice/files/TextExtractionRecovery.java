package vn.eoffice.files;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import vn.eoffice.files.inspect.FileType;

/**
 * Extraction is queued in memory after the upload commits, so a crash (or a stop) can leave files PENDING. Every few
 * minutes one node (ShedLock) queues again the files that have been pending for longer than extraction ever takes.
 */
@Component
class TextExtractionRecovery {

    private static final Duration GRACE = Duration.ofMinutes(10);
    private static final int BATCH = 200;

    private final FileEntries entries;
    private final TextExtraction extraction;
    private final Clock clock;

    TextExtractionRecovery(FileEntries entries, TextExtraction extraction, Clock clock) {
        this.entries = entries;
        this.extraction = extraction;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT5M")
    @SchedulerLock(name = "files.text-recovery", lockAtMostFor = "PT4M")
    void requeueStalled() {
        stalled().forEach(entry -> extraction.queue(entry.getId(), FileType.ofMediaType(entry.getMediaType())));
    }

    List<FileEntry> stalled() {
        return entries.findByTextStatusAndCreatedAtBeforeOrderByIdAsc(TextStatus.PENDING,
                Instant.now(clock).minus(GRACE), PageRequest.of(0, BATCH));
    }
}
