package vn.eoffice.tasks.web;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;


import vn.eoffice.platform.Secrecy;
import vn.eoffice.tasks.Assignment;
import vn.eoffice.tasks.Party;
import vn.eoffice.tasks.Priority;
import vn.eoffice.tasks.SourceRef;

/**
 * Giving a task from the screens: ad-hoc, or a breakdown of an existing task.
 */
record AssignForm(@NotBlank(message = "{task.form.title.required}") @Size(max = 500) String title,
        @Size(max = 10000) String content,
        @NotBlank(message = "{task.form.lead.required}") String lead,
        List<String> coProcessors,
        LocalDate startDate,
        @NotNull(message = "{task.form.deadline.required}") LocalDate deadline,
        Priority priority, Secrecy secrecy,
        @Min(value = 1, message = "{task.repeat.day}") @Max(value = 31, message = "{task.repeat.day}") Integer repeatDay) {

    static AssignForm empty() {
        return new AssignForm(null, null, null, List.of(), null, null, Priority.NORMAL, Secrecy.NONE, null);
    }

    Assignment toAssignment(Long agencyId, Long assignerId) {
        Set<Party> co = new LinkedHashSet<>();
        if (coProcessors != null) {
            coProcessors.stream().map(PartyCode::parse).filter(Objects::nonNull).forEach(co::add);
        }
        var leadParty = PartyCode.parse(lead);
        co.remove(leadParty);
        return new Assignment(agencyId, title, content, SourceRef.adHoc(), assignerId, leadParty, co, Set.of(),
                startDate, deadline, priority, secrecy);
    }
}
