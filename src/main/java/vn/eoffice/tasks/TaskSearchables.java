package vn.eoffice.tasks;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.eoffice.identity.AccessControl;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.identity.Permission;
import vn.eoffice.platform.Actor;
import vn.eoffice.platform.SearchableRecord;
import vn.eoffice.platform.SearchableSource;

/**
 * Tasks for the office-wide search: title, content, the notes of progress reports and the completion report, typed by
 * their source; seen as on the task page.
 */
@Component
@Transactional(readOnly = true)
class TaskSearchables implements SearchableSource {

    static final String KIND = "TASK";

    private final Tasks tasks;
    private final Timeline timeline;
    private final Participation participation;
    private final AccessControl access;
    private final MessageSource messages;

    TaskSearchables(Tasks tasks, Timeline timeline, Participation participation, AccessControl access,
            MessageSource messages) {
        this.tasks = tasks;
        this.timeline = timeline;
        this.participation = participation;
        this.access = access;
        this.messages = messages;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Optional<SearchableRecord> find(Long id) {
        return tasks.findById(id).map(task -> new SearchableRecord(KIND, task.getId(), task.getAgencyId(),
                task.getTitle(), text(task), messages.getMessage("task.source." + task.source().type(), null,
                        Locale.ROOT), task.getDeadline(), "/tasks/" + task.getId()));
    }

    private String text(Task task) {
        return Stream.concat(Stream.of(task.getContent()), Stream.concat(
                timeline.findByTaskIdOrderByOccurredAtAscIdAsc(task.getId()).stream()
                        .map(TimelineEntry::view).filter(event -> "PROGRESS".equals(event.kind()))
                        .map(TaskEvent::note),
                Stream.of(task.getResult())))
                .filter(part -> part != null && !part.isBlank()).collect(Collectors.joining("\n"));
    }

    @Override
    public List<Long> ids() {
        return tasks.allIds();
    }

    @Override
    public Set<Long> visible(Actor actor, Collection<Long> ids) {
        if (!(actor instanceof CurrentUser user)) {
            return Set.of();
        }
        return tasks.findAllById(ids).stream()
                .filter(task -> access.may(user, Permission.VIEW, participation.protectedObject(task)))
                .map(Task::getId).collect(Collectors.toSet());
    }
}
