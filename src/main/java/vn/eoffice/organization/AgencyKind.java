package vn.eoffice.organization;

/**
 * What sort of body an agency is; Party bodies number their documents by Party rules (66-QĐ/TW).
 */
public enum AgencyKind {
    PARTY_COMMITTEE(true),
    PARTY_COMMISSION(true),
    PARTY_ORGANISATION(true),
    STATE_AGENCY(false),
    MASS_ORGANISATION(false),
    OTHER(false);

    private final boolean party;

    AgencyKind(boolean party) {
        this.party = party;
    }

    public boolean isParty() {
        return party;
    }

    public String messageKey() {
        return "agency.kind." + name();
    }
}
