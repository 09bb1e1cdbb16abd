package vn.eoffice.platform;

import java.util.ArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

import vn.eoffice.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CPU-heavy work after a commit gets one thread per core, apart from Spring's pool for mail and notifications, so a
 * burst of registrations queues it instead of taking the CPUs from the clerks.
 */
@IntegrationTest
class BackgroundWorkIntegrationTests {

    @Autowired @Qualifier(BackgroundWork.EXECUTOR) ThreadPoolTaskExecutor background;
    @Autowired @Qualifier("applicationTaskExecutor") AsyncTaskExecutor application;

    @Test
    void backgroundWorkRunsOnAtMostOneThreadPerCoreAndQueuesTheRest() throws Exception {
        int cores = Runtime.getRuntime().availableProcessors();
        int tasks = cores * 3;
        var running = new AtomicInteger();
        var mostAtOnce = new AtomicInteger();
        var release = new CountDownLatch(1);
        var futures = new ArrayList<Future<String>>();
        for (int i = 0; i < tasks; i++) {
            futures.add(background.submit(() -> {
                mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
                release.await(10, TimeUnit.SECONDS);
                running.decrementAndGet();
                return Thread.currentThread().getName();
            }));
        }
        Thread.sleep(200); // let every thread that may start do so
        assertThat(running.get()).isEqualTo(cores);
        release.countDown();
        for (var future : futures) {
            assertThat(future.get(10, TimeUnit.SECONDS)).startsWith("background-");
        }
        assertThat(mostAtOnce.get()).isEqualTo(cores);
    }

    @Test
    void mailAndNotificationsKeepSpringsApplicationPool() throws Exception {
        assertThat(application).isNotSameAs(background);
        assertThat(application.submit(() -> Thread.currentThread().getName()).get(10, TimeUnit.SECONDS))
                .doesNotStartWith("background-");
    }
}
