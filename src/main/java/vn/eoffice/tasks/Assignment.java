package vn.eoffice.tasks;

import java.time.LocalDate;
import java.util.Set;

import vn.eoffice.platform.Secrecy;

/**
 * A command to give someone a task: what, from which source, who leads, who co-processes, who is kept informed,
 * from when and by when. {@code startDate} defaults to today, {@code priority} to NORMAL, {@code secrecy} to NONE.
 */
public record Assignment(Long agencyId, String title, String content, SourceRef source, Long assignerId,
        Party lead, Set<Party> coProcessors, Set<Long> informedUserIds, LocalDate startDate, LocalDate deadline,
        Priority priority, Secrecy secrecy) {

    public Assignment {
        source = source == null ? SourceRef.adHoc() : source;
        coProcessors = coProcessors == null ? Set.of() : Set.copyOf(coProcessors);
        informedUserIds = informedUserIds == null ? Set.of() : Set.copyOf(informedUserIds);
        priority = priority == null ? Priority.NORMAL : priority;
        secrecy = secrecy == null ? Secrecy.NONE : secrecy;
    }
}
