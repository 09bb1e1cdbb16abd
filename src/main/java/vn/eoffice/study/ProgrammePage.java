package vn.eoffice.study;

import java.util.List;
import java.util.Set;

/**
 * A programme's page as one reader sees it: the plan, the committees he may see (and those whose expected members he
 * may set), and whether he organises it.
 */
public record ProgrammePage(ProgrammeView programme, List<CommitteeView> committees, Set<Long> expectable,
        boolean organiser) {

    public boolean mayOpen() {
        return organiser && programme.status() == ProgrammeStatus.DRAFT;
    }

    public boolean mayClose() {
        return organiser && programme.status() == ProgrammeStatus.OPEN;
    }

    public boolean mayAddReading() {
        return organiser && programme.status() != ProgrammeStatus.CLOSED;
    }

    public boolean mayExpect(Long committeeId) {
        return programme.status() != ProgrammeStatus.CLOSED && expectable.contains(committeeId);
    }
}
