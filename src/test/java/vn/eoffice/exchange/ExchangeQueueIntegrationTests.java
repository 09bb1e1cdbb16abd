package vn.eoffice.exchange;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.eoffice.IntegrationTest;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.notifications.Notifier;
import vn.eoffice.platform.QueueAssertions;
import vn.eoffice.platform.WorkQueue;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packages waiting for the clerk and the recalls to answer are the clerk's queue, counted as the exchange inbox
 * lists them; nobody but the agency's clerks has them.
 */
@IntegrationTest
class ExchangeQueueIntegrationTests {

    @Autowired ExchangeInbox inbox;
    @Autowired UserDetailsService accounts;
    @Autowired WorkQueue queue;
    @Autowired Notifier notifier;

    @Test
    void clerkCountsWhatTheInboxShowsAsWaiting() {
        var q = new QueueAssertions(queue, notifier);
        var clerk = (CurrentUser) accounts.loadUserByUsername("vanthu");
        var waiting = inbox.waiting(clerk, PageRequest.of(0, 1000)).getContent();
        long received = waiting.stream().filter(e -> e.getState() == InboxState.RECEIVED).count();
        long recalls = waiting.stream().filter(e -> e.getRecallState() == RecallState.REQUESTED).count();

        assertThat(q.count(clerk, "queue.exchange.PACKAGES")).isEqualTo(Math.min(received, 100));
        assertThat(q.count(clerk, "queue.exchange.RECALLS")).isEqualTo(Math.min(recalls, 100));
        assertThat(received).as("the demo receives a package at start").isPositive();
        var officer = (CurrentUser) accounts.loadUserByUsername("chuyenvien");
        assertThat(q.count(officer, "queue.exchange.PACKAGES")).isEqualTo(-1);
    }
}
