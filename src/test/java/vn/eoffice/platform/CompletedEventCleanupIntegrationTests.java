package vn.eoffice.platform;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.eoffice.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class CompletedEventCleanupIntegrationTests {

    @Autowired CompletedEventCleanup cleanup;
    @Autowired JdbcTemplate jdbc;

    @Test
    void forgetsPublicationsCompletedLongAgoAndKeepsRecentAndUnfinishedOnes() {
        var now = Instant.now();
        UUID old = publication(now.minus(30, ChronoUnit.DAYS), "COMPLETED");
        UUID recent = publication(now.minus(1, ChronoUnit.HOURS), "COMPLETED");
        UUID failed = publication(null, "FAILED");

        try {
            cleanup.forgetOldCompleted();

            assertThat(exists(old)).isFalse();
            assertThat(exists(recent)).isTrue();
            assertThat(exists(failed)).as("a failed publication waits for its retry").isTrue();
        } finally {
            // no listener exists for these: nothing may try to resubmit them later
            jdbc.update("delete from event_publication where id in (?, ?)", recent, failed);
        }
    }

    private UUID publication(Instant completedAt, String status) {
        var id = UUID.randomUUID();
        jdbc.update("""
                insert into event_publication (id, listener_id, event_type, serialized_event, publication_date,
                  completion_date, status, completion_attempts)
                values (?, 'test.Listener.on(test.Event)', 'test.Event', '{}', ?, ?, ?, 1)""",
                id, Timestamp.from(Instant.now().minus(40, ChronoUnit.DAYS)),
                completedAt == null ? null : Timestamp.from(completedAt), status);
        return id;
    }

    private boolean exists(UUID id) {
        return jdbc.queryForObject("select count(*) from event_publication where id = ?", Long.class, id) > 0;
    }
}
