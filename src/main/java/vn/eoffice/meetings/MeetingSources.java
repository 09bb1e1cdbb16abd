package vn.eoffice.meetings;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.eoffice.tasks.SourceType;
import vn.eoffice.tasks.TaskSources;

/** A meeting as the source of tasks (its conclusions): named by its title for whoever may see it. */
@Configuration(proxyBeanMethods = false)
class MeetingSources {

    @Bean
    TaskSources meetingTaskSources(MeetingQueries meetings) {
        return TaskSources.titled(SourceType.MEETING, (user, id) -> meetings.meeting(user, id).title());
    }
}
