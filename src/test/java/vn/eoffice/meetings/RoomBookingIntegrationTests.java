package vn.eoffice.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import vn.eoffice.IntegrationTest;
import vn.eoffice.platform.DomainException;

@IntegrationTest
class RoomBookingIntegrationTests {

    @Autowired ApplicationContext context;
    @Autowired MeetingManagement management;
    @Autowired Meetings meetings;
    MeetingFixtures fx;

    @BeforeEach
    void setUp() {
        fx = new MeetingFixtures(context);
    }

    @Test
    void ofManyConcurrentOverlappingBookingsExactlyOneWins() throws Exception {
        var room = fx.room(50);
        var day = MeetingFixtures.day(40);
        var leader = fx.user("lanhdao");
        int threads = 8;
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(threads);
        var results = new ArrayList<Future<String>>();
        for (int i = 0; i < threads; i++) {
            int minute = i * 5;
            Callable<String> booking = () -> {
                start.await();
                try {
                    management.schedule(leader, fx.plan(MeetingFixtures.unique("Họp song song"), room.getId(),
                            MeetingFixtures.at(day, 9, minute), MeetingFixtures.at(day, 11, minute), Set.of(),
                            Set.of()));
                    return "booked";
                } catch (DomainException e) {
                    return e.messageKey();
                }
            };
            results.add(pool.submit(booking));
        }
        start.countDown();
        var outcomes = new ArrayList<String>();
        for (var result : results) {
            outcomes.add(result.get());
        }
        pool.shutdown();

        assertThat(outcomes).filteredOn("booked"::equals).hasSize(1);
        // the others see the booking once the lock is free; under heavy load H2 may give up waiting first ("busy")
        assertThat(outcomes).filteredOn(o -> !"booked".equals(o)).hasSize(threads - 1)
                .allMatch(o -> o.equals("meeting.room.conflict") || o.equals("meeting.room.busy"));
        assertThat(outcomes).contains("meeting.room.conflict");
        assertThat(meetings.bookingsOf(room.getId(), MeetingFixtures.at(day, 0, 0), MeetingFixtures.at(day, 23, 0)))
                .hasSize(1);
    }

    @Test
    void refusesOverlapButAcceptsTheSlotRightAfter() {
        var room = fx.room(50);
        var day = MeetingFixtures.day(41);
        var leader = fx.user("lanhdao");
        management.schedule(leader, fx.plan("Họp sáng", room.getId(), MeetingFixtures.at(day, 8, 0),
                MeetingFixtures.at(day, 10, 0), Set.of(), Set.of()));

        assertThatThrownBy(() -> management.schedule(leader, fx.plan("Họp chồng giờ", room.getId(),
                MeetingFixtures.at(day, 9, 30), MeetingFixtures.at(day, 11, 0), Set.of(), Set.of())))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("meeting.room.conflict");
                    assertThat(e.arguments()).contains(room.getName(), "Họp sáng");
                    assertThat(e.arguments()[1].toString()).endsWith("08:00");
                });
        var next = management.schedule(leader, fx.plan("Họp nối tiếp", room.getId(), MeetingFixtures.at(day, 10, 0),
                MeetingFixtures.at(day, 11, 0), Set.of(), Set.of()));
        assertThat(next.id()).isNotNull();
    }

    @Test
    void refusesEndBeforeStartAndTooSmallRoom() {
        var room = fx.room(2);
        var day = MeetingFixtures.day(42);
        var leader = fx.user("lanhdao");

        assertThatThrownBy(() -> management.schedule(leader, fx.plan("Ngược giờ", room.getId(),
                MeetingFixtures.at(day, 10, 0), MeetingFixtures.at(day, 9, 0), Set.of(), Set.of())))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("meeting.time.order"));
        assertThatThrownBy(() -> management.schedule(leader, fx.plan("Quá đông", room.getId(),
                MeetingFixtures.at(day, 9, 0), MeetingFixtures.at(day, 10, 0), Set.of(), Set.of(fx.unit("TTBC")))))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("meeting.room.tooSmall"));
    }

    @Test
    void officersCannotSchedule() {
        assertThatThrownBy(() -> management.schedule(fx.user("chuyenvien"), fx.plan("Không được", null,
                MeetingFixtures.at(MeetingFixtures.day(43), 9, 0), MeetingFixtures.at(MeetingFixtures.day(43), 10, 0),
                Set.of(), Set.of()))).isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }
}
