package vn.eoffice.monitoring;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.validation.constraints.Size;

/**
 * A committee's periodic report (form and API body): the usual four parts, the answers under the template's
 * headings in their order, and for a report the commission records, the incoming document that brought it.
 */
public record CommitteeReportForm(@Size(max = 10000) String done, @Size(max = 10000) String inProgress,
        @Size(max = 10000) String difficulties, @Size(max = 10000) String proposals,
        List<@Size(max = 10000) String> sections, Long incomingDocumentId) {

    public CommitteeReportForm {
        // mutable: the web binder sets sections[i] on the record it built
        sections = sections == null ? new ArrayList<>()
                : sections.stream().map(s -> s == null ? "" : s).collect(Collectors.toCollection(ArrayList::new));
    }

    boolean hasText() {
        return !blank(done) || !blank(inProgress) || !blank(difficulties) || !blank(proposals)
                || sections.stream().anyMatch(s -> !blank(s));
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
