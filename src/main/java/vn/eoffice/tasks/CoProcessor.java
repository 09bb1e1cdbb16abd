package vn.eoffice.tasks;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
class CoProcessor {

    @Column(name = "unit_id")
    private Long unitId;

    @Column(name = "user_id")
    private Long userId;

    protected CoProcessor() {
    }

    CoProcessor(Party party) {
        this.unitId = party.unitId();
        this.userId = party.userId();
    }

    Party toParty() {
        return new Party(unitId, userId);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CoProcessor other && Objects.equals(unitId, other.unitId)
                && Objects.equals(userId, other.userId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(unitId, userId);
    }
}
