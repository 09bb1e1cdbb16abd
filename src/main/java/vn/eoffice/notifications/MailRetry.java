package vn.eoffice.notifications;

import java.time.Duration;

import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Tries failed notification e-mails again, up to {@code eoffice.mail.max-attempts} in all. Safe in a cluster: the
 * registry claims a publication before resubmitting it, so two nodes never send the same e-mail twice.
 */
@Component
class MailRetry {

    private final FailedEventPublications failed;
    private final NotificationMailProperties properties;

    MailRetry(FailedEventPublications failed, NotificationMailProperties properties) {
        this.failed = failed;
        this.properties = properties;
    }

    @Scheduled(fixedDelayString = "${eoffice.mail.retry-interval:5m}", initialDelay = 60_000)
    void retry() {
        if (properties.enabled()) {
            resubmitFailed(properties.retryInterval());
        }
    }

    void resubmitFailed(Duration minAge) {
        failed.resubmit(ResubmissionOptions.defaults()
                .withMinAge(minAge)
                .withFilter(p -> p.getEvent() instanceof NotificationCreated
                        && p.getCompletionAttempts() < properties.maxAttempts()));
    }
}
