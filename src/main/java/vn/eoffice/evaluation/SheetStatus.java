package vn.eoffice.evaluation;

/**
 * Where a sheet stands: waiting for the person's self-assessment, the head's proposal, the unit's collective meeting,
 * the leadership's decision, decided (not yet published), published.
 */
public enum SheetStatus {
    SELF, PROPOSAL, COLLECTIVE, DECISION, DECIDED, PUBLISHED;

    public boolean self() {
        return this == SELF;
    }

    public boolean proposal() {
        return this == PROPOSAL;
    }

    public boolean collective() {
        return this == COLLECTIVE;
    }

    public boolean decision() {
        return this == DECISION;
    }

    public boolean decided() {
        return this == DECIDED || this == PUBLISHED;
    }

    public boolean published() {
        return this == PUBLISHED;
    }

    public String label() {
        return "evaluation.status." + name();
    }
}
