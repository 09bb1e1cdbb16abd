package vn.eoffice.platform;

import java.time.Duration;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Forgets event publications completed more than {@code eoffice.events.keep-completed} ago (7 days): the registry
 * keeps one row per listener per event (four for a registration), and left alone it would grow forever. Failed and
 * incomplete publications stay until they complete.
 */
@Component
class CompletedEventCleanup {

    private final CompletedEventPublications completed;
    private final Duration keep;

    CompletedEventCleanup(CompletedEventPublications completed,
            @Value("${eoffice.events.keep-completed:7d}") Duration keep) {
        this.completed = completed;
        this.keep = keep;
    }

    @Scheduled(cron = "${eoffice.events.cleanup-cron:0 40 2 * * *}", zone = "${eoffice.time-zone:Asia/Ho_Chi_Minh}")
    @SchedulerLock(name = "platform.completed-events", lockAtMostFor = "PT30M")
    void forgetOldCompleted() {
        completed.deletePublicationsOlderThan(keep);
    }
}
