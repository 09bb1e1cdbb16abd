package vn.eoffice.tasks.web;

import vn.eoffice.tasks.Party;

/**
 * A unit or person picked in a form, encoded as {@code U<id>} or {@code P<id>} so one select can offer both.
 */
final class PartyCode {

    private PartyCode() {
    }

    static Party parse(String code) {
        if (code == null || code.length() < 2) {
            return null;
        }
        try {
            long id = Long.parseLong(code.substring(1));
            return switch (code.charAt(0)) {
                case 'U' -> Party.unit(id);
                case 'P' -> Party.user(id);
                default -> null;
            };
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static String of(Party party) {
        return party.isUnit() ? "U" + party.unitId() : "P" + party.userId();
    }
}
