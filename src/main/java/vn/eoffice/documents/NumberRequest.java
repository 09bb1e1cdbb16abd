package vn.eoffice.documents;

import java.time.LocalDate;

import vn.eoffice.platform.Secrecy;

/**
 * What decides a number: the document's type code (null for arrival numbers), its secrecy, the issue or arrival
 * date, and the abbreviation of the drafting unit (for công văn under State rules).
 */
public record NumberRequest(String typeCode, Secrecy secrecy, LocalDate date, String unitAbbreviation) {

    public static NumberRequest arrival(LocalDate date, Secrecy secrecy) {
        return new NumberRequest(null, secrecy, date, null);
    }
}
