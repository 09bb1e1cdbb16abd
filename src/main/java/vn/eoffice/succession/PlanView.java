package vn.eoffice.succession;

import java.time.LocalDate;
import java.util.List;

/** A whole plan, for those who may view it: its term, status, decision, posts, structure and history. */
public record PlanView(Long id, Long termId, String termName, LocalDate termStart, LocalDate termEnd,
        PlanStatus status, String decisionNumber, LocalDate decisionDate, Integer reviewedYear, boolean reviewDue,
        List<PostPlan> posts, Structure structure, List<HistoryLine> history) {

    /** The candidates in the plan now, every post together. */
    public List<CandidateView> candidates() {
        return posts.stream().flatMap(p -> p.candidates().stream()).toList();
    }
}
