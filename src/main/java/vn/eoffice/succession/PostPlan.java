package vn.eoffice.succession;

import java.util.List;

/** A post of a plan with its candidates now and those removed at a review. */
public record PostPlan(PostView post, List<CandidateView> candidates, List<CandidateView> removed) {

    /** Whether another candidate may still be added (fewer than three). */
    public boolean open() {
        return candidates.size() < Candidacy.LIMIT;
    }
}
