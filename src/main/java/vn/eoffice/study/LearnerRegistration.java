package vn.eoffice.study;

import java.util.Set;

/** Registering a committee's learners: every active member of the chosen cells, and (or) its key leaders. */
public record LearnerRegistration(Set<String> cells, boolean keyLeaders) {

    public Set<String> cells() {
        return cells == null ? Set.of() : cells;
    }
}
