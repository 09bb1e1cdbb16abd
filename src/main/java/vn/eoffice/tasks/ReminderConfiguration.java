package vn.eoffice.tasks;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
class ReminderConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ReminderConfiguration.class);

    /** ShedLock over the {@code shedlock} table (V1); the database clock keeps nodes with skewed clocks honest. */
    @Bean
    @ConditionalOnMissingBean(LockProvider.class)
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
    }

    /** Until the notifications module's e-mail is wired in, digests are only logged. */
    @Bean
    @ConditionalOnMissingBean(TaskDigestSender.class)
    TaskDigestSender loggingDigestSender() {
        return digest -> log.info("Task digest for user {}: {} overdue, {} due soon", digest.recipientId(),
                digest.overdue().size(), digest.dueSoon().size());
    }

    /** Until the notifications module is wired in, reminders are only logged. */
    @Bean
    @ConditionalOnMissingBean(TaskReminderSender.class)
    TaskReminderSender loggingReminderSender() {
        return reminder -> log.info("Task reminder {} for user {} on task {} ({})", reminder.kind(),
                reminder.recipientId(), reminder.taskId(), reminder.deadline());
    }
}
