package vn.eoffice.succession;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import vn.eoffice.people.CadreFacts;
import vn.eoffice.platform.DomainException;

/**
 * The limits of Quy định 377-QĐ/TW a new candidate must pass: a post above the one he holds now; not yet planned
 * for it; at most three cadres per post; a cadre for at most three posts of one level.
 */
final class PlanLimits {

    private PlanLimits() {
    }

    /** The rank of the highest post the cadre holds now ({@link LeadershipLevel#NONE} if none). */
    static int currentRank(CadreFacts cadre, Collection<SuccessionPost> posts) {
        return posts.stream().filter(p -> p.heldBy(cadre.positionIds(), cadre.currentTitle()))
                .mapToInt(p -> p.getLevel().rank()).min().orElse(LeadershipLevel.NONE);
    }

    static void check(SuccessionPost post, CadreFacts cadre, List<Candidacy> active, Map<Long, SuccessionPost> posts) {
        if (!post.getLevel().above(currentRank(cadre, posts.values()))) {
            throw new DomainException("succession.rule.notHigher", cadre.fullName(), post.getName());
        }
        if (active.stream().anyMatch(c -> c.getCadreId().equals(cadre.id()) && c.getPostId().equals(post.getId()))) {
            throw new DomainException("succession.rule.already", cadre.fullName(), post.getName());
        }
        if (active.stream().filter(c -> c.getPostId().equals(post.getId())).count() >= Candidacy.LIMIT) {
            throw new DomainException("succession.rule.postFull", post.getName(), Candidacy.LIMIT);
        }
        if (active.stream().filter(c -> c.getCadreId().equals(cadre.id())
                && posts.get(c.getPostId()).getLevel() == post.getLevel()).count() >= Candidacy.LIMIT) {
            throw new DomainException("succession.rule.levelFull", cadre.fullName(), Candidacy.LIMIT);
        }
    }
}
