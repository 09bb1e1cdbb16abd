package vn.eoffice.study;

/** A Party member of a committee's roster as pages and the API show him. */
public record PartyMemberView(Long id, Long agencyId, String cell, String fullName, String cardNumber,
        String position, boolean keyLeader, boolean active) {
}
