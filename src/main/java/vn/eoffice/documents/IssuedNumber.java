package vn.eoffice.documents;

/**
 * A number issued by a register: the ordinal (15) and how it is written ("15-HD/BTGDVTU").
 */
public record IssuedNumber(long ordinal, String notation, String seriesKey, String periodKey) {
}
