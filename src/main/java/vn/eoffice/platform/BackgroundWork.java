package vn.eoffice.platform;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The pool for CPU-heavy work that follows a commit (search projection, signature checks): use
 * {@code @Async(BackgroundWork.EXECUTOR)}. It has one thread per core ({@code eoffice.background-threads}), so a burst
 * of registrations queues this work instead of letting it take the CPUs from the clerks' own requests; the queue
 * drains when the burst ends. Work that waits on other machines (e-mail) stays on Spring's application pool, where a
 * slow mail server cannot hold up the search index.
 */
@Configuration(proxyBeanMethods = false)
public class BackgroundWork {

    public static final String EXECUTOR = "backgroundWorkers";

    @Bean(name = EXECUTOR)
    ThreadPoolTaskExecutor backgroundWorkers(EOfficeProperties properties) {
        int threads = properties.backgroundThreads() > 0 ? properties.backgroundThreads()
                : Runtime.getRuntime().availableProcessors();
        var executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(threads);
        executor.setMaxPoolSize(threads);
        executor.setThreadNamePrefix("background-");
        // queued work is already safe: after-commit listeners are in the publication registry, the search
        // projection is repaired by its catch-up; on shutdown, finish what is running and drop the rest
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(10);
        return executor;
    }
}
