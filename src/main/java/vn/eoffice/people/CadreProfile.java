package vn.eoffice.people;

import java.time.LocalDate;
import java.util.List;

/** A whole cadre record, shown only to those {@code AccessControl.mayViewPersonnelRecord} lets see it. */
public record CadreProfile(Long id, Long agencyId, Long unitId, Long userId, String fullName, LocalDate birthDate,
        Gender gender, Ethnicity ethnicity, String hometown, LocalDate partyJoined, LocalDate partyOfficial,
        String partyCell, String education, TheoryLevel theoryLevel, String itLevel, String languageLevel,
        long version, List<HeldPosition> history, List<Holding> holdings) {

    /** A line of the history of positions held; {@code validTo} is null while it lasts. */
    public record HeldPosition(Long id, String title, String unitName, LocalDate validFrom, LocalDate validTo,
            DecisionKind decisionKind, String decisionNumber, LocalDate decisionDate) {
    }

    /** A job position the person is assigned to now. */
    public record Holding(Long positionId, String positionName, boolean main, LocalDate validFrom) {
    }

    /** The position held on {@code date}, if any (the history is effective-dated). */
    public java.util.Optional<HeldPosition> heldOn(LocalDate date) {
        return history.stream().filter(h -> !h.validFrom().isAfter(date)
                && (h.validTo() == null || !h.validTo().isBefore(date))).findFirst();
    }

    public CadreForm form() {
        return new CadreForm(userId, unitId, fullName, birthDate, gender, ethnicity, hometown, partyJoined,
                partyOfficial, partyCell, education, theoryLevel, itLevel, languageLevel);
    }
}
