package vn.eoffice.monitoring;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.eoffice.identity.CurrentUser;
import vn.eoffice.organization.OrganizationDirectory;
import vn.eoffice.platform.DomainException;
import vn.eoffice.platform.NotFoundException;
import vn.eoffice.tasks.Assignment;
import vn.eoffice.tasks.Party;
import vn.eoffice.tasks.TaskManagement;
import vn.eoffice.tasks.TaskStatus;

/**
 * The items of a submitted action programme: for a hosted committee each is given to its lead unit as a task (and
 * listed as a plan item of the programme's monitored document); for an external one they are recorded only, so
 * their progress is not tracked here.
 */
@Component
class ProgrammeItems {

    private static final int TITLE_LENGTH = 300;

    private final TaskManagement tasks;
    private final PlanItems planItems;
    private final OrganizationDirectory organization;
    private final Clock clock;

    ProgrammeItems(TaskManagement tasks, PlanItems planItems, OrganizationDirectory organization, Clock clock) {
        this.tasks = tasks;
        this.planItems = planItems;
        this.organization = organization;
        this.clock = clock;
    }

    /** The programme's responsible unit: the first item's lead unit, checked to be the committee's. */
    Long leadUnit(ActionProgrammeForm form, Long committeeId) {
        for (var item : form.items()) {
            check(item, committeeId);
        }
        return form.items().get(0).leadUnitId();
    }

    List<ProgrammeItem> give(CurrentUser by, Long hostedCommittee, Long documentId, ActionProgrammeForm form,
            LocalDate today) {
        var given = new ArrayList<ProgrammeItem>();
        for (var item : form.items()) {
            if (item.content() == null || item.content().isBlank()) {
                throw new DomainException("monitoring.programme.item.content.required");
            }
            if (item.deadline() == null) {
                throw new DomainException("monitoring.form.date.required");
            }
            String content = item.content().trim();
            if (hostedCommittee == null) {
                given.add(new ProgrammeItem(content, null, item.deadline(), null));
                continue;
            }
            check(item, hostedCommittee);
            String title = content.length() > TITLE_LENGTH ? content.substring(0, TITLE_LENGTH - 1) + "…" : content;
            var start = item.deadline().isBefore(today) ? item.deadline() : today;
            var task = tasks.assign(new Assignment(hostedCommittee, title, content,
                    MonitoringManagement.source(documentId), by.id(), Party.unit(item.leadUnitId()), Set.of(),
                    Set.of(), start, item.deadline(), null, null));
            planItems.save(new PlanItem(documentId, title, task.id(), Instant.now(clock)));
            given.add(new ProgrammeItem(content, item.leadUnitId(), item.deadline(), task.id()));
        }
        return given;
    }

    private void check(ActionProgrammeForm.Item item, Long committeeId) {
        try {
            if (item.leadUnitId() == null || !organization.unit(item.leadUnitId()).agencyId().equals(committeeId)) {
                throw new DomainException("monitoring.programme.item.unit");
            }
        } catch (NotFoundException e) {
            throw new DomainException("monitoring.programme.item.unit");
        }
    }

    /** {items, done, overdue}: done is accepted or reported done; overdue is still open after its deadline. */
    int[] count(List<ProgrammeItem> items, LocalDate today) {
        int done = 0;
        int overdue = 0;
        for (var item : items) {
            if (item.taskId() == null) {
                continue;
            }
            var status = tasks.summary(item.taskId()).status();
            if (status == TaskStatus.ACCEPTED || status == TaskStatus.COMPLETED) {
                done++;
            } else if (status.isOpen() && item.deadline().isBefore(today)) {
                overdue++;
            }
        }
        return new int[] { items.size(), done, overdue };
    }
}
