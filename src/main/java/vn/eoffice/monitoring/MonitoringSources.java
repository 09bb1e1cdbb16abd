package vn.eoffice.monitoring;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.eoffice.tasks.SourceType;
import vn.eoffice.tasks.TaskSources;

/** A monitored resolution or directive as the source of tasks: named by its title for whoever may see it. */
@Configuration(proxyBeanMethods = false)
class MonitoringSources {

    @Bean
    TaskSources monitoringTaskSources(MonitoringQueries monitoring) {
        return TaskSources.titled(SourceType.MONITORING, (user, id) -> monitoring.summary(user, id).title());
    }
}
