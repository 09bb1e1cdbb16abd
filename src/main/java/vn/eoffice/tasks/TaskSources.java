package vn.eoffice.tasks;

import java.util.Optional;
import java.util.function.BiFunction;

import vn.eoffice.files.FileViewer;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.platform.NotFoundException;

/**
 * What the module owning a kind of source (documents, meetings, monitoring) tells the task page about a task's
 * source, for a person who may see it: its human name (number and symbol, or title) and, for a document, the
 * viewer of its main file. Empty when the person may not see the source.
 */
public interface TaskSources {

    SourceType type();

    Optional<String> label(CurrentUser user, Long sourceId);

    default Optional<FileViewer> viewer(CurrentUser user, Long sourceId) {
        return Optional.empty();
    }

    /** A source named by its title, read under its module's access rule (which answers "not found" when denied). */
    static TaskSources titled(SourceType type, BiFunction<CurrentUser, Long, String> title) {
        return new TaskSources() {
            @Override
            public SourceType type() {
                return type;
            }

            @Override
            public Optional<String> label(CurrentUser user, Long sourceId) {
                try {
                    return Optional.ofNullable(title.apply(user, sourceId));
                } catch (NotFoundException e) {
                    return Optional.empty();
                }
            }
        };
    }
}
