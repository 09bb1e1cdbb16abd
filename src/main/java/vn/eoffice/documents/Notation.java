package vn.eoffice.documents;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import vn.eoffice.platform.DomainException;

/**
 * A document's number and symbol (số, ký hiệu) kept exactly as issued (trimmed, Unicode NFC), with the parts either
 * rulebook gives it: Party {@code 15-HD/BTGDVTU} (number, hyphen, type / body; HD 36-HD/VPTW), State
 * {@code 12/2025/QĐ-UBND}, {@code 45/TB-UBND}, công văn {@code 05/UBND-VP} (Decree 30). A notation neither rulebook
 * describes is kept as written, without parts: only what cannot be a notation at all is refused.
 *
 * @param text     as issued; never rewritten (a Party hyphen stays a hyphen, a State year stays)
 * @param rulebook which rule it follows, {@link Rulebook#OTHER} when none
 * @param number   the number as written ({@code 05}), or null
 * @param year     the year a State notation carries ({@code 12/2025/NĐ-CP}), or null
 * @param typeCode the type abbreviation ({@code HD}, {@code QĐ}), null for a công văn or an unparsed notation
 * @param bodies   the issuing body's codes, outermost first ({@code [UBND, VP]}), empty when unparsed
 */
public record Notation(String text, Rulebook rulebook, String number, Integer year, String typeCode,
        List<String> bodies) {

    /** Party (Quy định 66-QĐ/TW, HD 36-HD/VPTW), State (Decree 30/2020/NĐ-CP), or neither. */
    public enum Rulebook { PARTY, STATE, OTHER }

    public static final int MAX_LENGTH = 60;

    /** "Số:", "số" written before the number is the label of the field, not part of the notation. */
    private static final Pattern LABEL = Pattern.compile("^(?iu)(số|so)\\s*[:.]?\\s*(?=\\d)");
    private static final Pattern SEGMENT = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern PARTY = Pattern.compile("^(\\d+)-([\\p{L}\\p{N}]+)/(.+)$");
    private static final Pattern STATE_WITH_YEAR = Pattern.compile("^(\\d+)/(\\d{4})/([\\p{L}\\p{N}]+)-(.+)$");
    private static final Pattern STATE = Pattern.compile("^(\\d+)/([^/]+)$");
    private static final Pattern LEADING_NUMBER = Pattern.compile("^(\\d+)[-/](.+)$");
    private static final Pattern DATE_ONLY = Pattern.compile("^\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{2,4}$");
    private static final Pattern YEAR_FIRST = Pattern.compile("^\\d{4}/.+");
    /** Hyphen look-alikes typed or pasted from word processors. */
    private static final Pattern DASHES = Pattern.compile("[\\u2010-\\u2015\\u2212]");
    /** State types of Decree 30 Phụ lục III, copies, and the legal instruments' (NĐ, TT, TTLT…). */
    private static final Set<String> STATE_TYPES = Set.of("NQ", "QĐ", "CT", "QC", "QYĐ", "TC", "TB", "HD", "CTR",
            "KH", "PA", "ĐA", "DA", "BC", "BB", "TTR", "HĐ", "CĐ", "BGN", "BTT", "GUQ", "GM", "GGT", "GNP", "PG", "PC",
            "PB", "SY", "TRS", "SL", "NĐ", "TT", "TTLT", "NQLT", "NQQH", "L", "PL", "LCT", "QĐTTG");
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    public Notation {
        bodies = bodies == null ? List.of() : List.copyOf(bodies);
    }

    /**
     * Reads a notation as the clerk typed it or a package carried it. Refused ({@link DomainException}) only when it
     * cannot be a notation: empty, too long for the register, a line break or control character, no letter or digit,
     * or a date typed into the field.
     */
    public static Notation parse(String typed) {
        if (typed == null || typed.isBlank()) {
            throw new DomainException("document.notation.required");
        }
        String text = LABEL.matcher(clean(typed)).replaceFirst("");
        if (text.length() > MAX_LENGTH) {
            throw new DomainException("document.notation.tooLong", MAX_LENGTH);
        }
        if (text.codePoints().anyMatch(Character::isISOControl)) {
            throw new DomainException("document.notation.invalid", text.replaceAll("\\p{Cntrl}+", " "));
        }
        if (text.codePoints().noneMatch(Character::isLetterOrDigit)) {
            throw new DomainException("document.notation.invalid", text);
        }
        if (DATE_ONLY.matcher(text).matches()) {
            throw new DomainException("document.notation.looksLikeDate", text);
        }
        return read(text);
    }

    /** A notation already stored (or produced by our own numbering): its parts, without refusing anything. */
    public static Notation of(String stored) {
        String text = clean(stored);
        return text == null || text.isEmpty() ? new Notation("", Rulebook.OTHER, null, null, null, List.of())
                : read(text);
    }

    /** Trimmed and in Unicode NFC (a letter typed with combining marks equals the precomposed one). */
    public static String clean(String text) {
        return text == null ? null : Normalizer.normalize(text, Normalizer.Form.NFC).strip();
    }

    private static Notation read(String text) {
        String compact = DASHES.matcher(text.replaceAll("\\s+", "")).replaceAll("-");
        var party = PARTY.matcher(compact);
        if (party.matches() && segments(party.group(3), "/")) {
            return new Notation(text, Rulebook.PARTY, party.group(1), null, party.group(2),
                    List.of(party.group(3).split("/")));
        }
        var withYear = STATE_WITH_YEAR.matcher(compact);
        if (withYear.matches() && segments(withYear.group(4), "-")) {
            return new Notation(text, Rulebook.STATE, withYear.group(1), Integer.valueOf(withYear.group(2)),
                    withYear.group(3), List.of(withYear.group(4).split("-")));
        }
        var state = STATE.matcher(compact);
        if (state.matches() && segments(state.group(2), "-")) {
            var parts = Arrays.asList(state.group(2).split("-"));
            boolean typed = parts.size() > 1
                    && STATE_TYPES.contains(parts.get(0).replace('Ð', 'Đ').toUpperCase(VIETNAMESE));
            return new Notation(text, Rulebook.STATE, state.group(1), null, typed ? parts.get(0) : null,
                    typed ? parts.subList(1, parts.size()) : parts);
        }
        var leading = LEADING_NUMBER.matcher(compact);
        return new Notation(text, Rulebook.OTHER, leading.matches() ? leading.group(1)
                : compact.chars().allMatch(Character::isDigit) ? compact : null, null, null, List.of());
    }

    private static boolean segments(String joined, String separator) {
        return !joined.startsWith(separator) && !joined.endsWith(separator)
                && Arrays.stream(joined.split(Pattern.quote(separator))).allMatch(s -> SEGMENT.matcher(s).matches());
    }

    /**
     * The notation as issued, rebuilt from edXML's CodeNumber and CodeNotation: the separator after the number is
     * the rulebook's — a slash before a State year ({@code 12} + {@code 2025/QĐ-UBND}) or a State symbol
     * ({@code 45} + {@code TB-UBND}), a hyphen before a Party type ({@code 15} + {@code HD/BTGDVTU}). A sender that
     * put the whole notation in CodeNotation is read as it wrote it.
     */
    public static String fromCode(String codeNumber, String codeNotation) {
        String number = clean(codeNumber);
        String symbol = clean(codeNotation);
        if (symbol == null || symbol.isEmpty()) {
            return number;
        }
        if (number == null || number.isEmpty() || "0".equals(number) || symbol.startsWith(number + "/")
                || symbol.startsWith(number + "-")) {
            return symbol;
        }
        String compact = symbol.replaceAll("\\s+", "");
        boolean party = !YEAR_FIRST.matcher(compact).matches() && compact.contains("/");
        return number + (party ? "-" : "/") + symbol;
    }

    /** edXML CodeNumber: the number, or "0" when the notation has none. */
    public String codeNumber() {
        return split()[0];
    }

    /** edXML CodeNotation: what follows the number and its separator ({@code 2025/QĐ-UBND}, {@code HD/BTGDVTU}). */
    public String codeNotation() {
        return split()[1];
    }

    private String[] split() {
        var matcher = LEADING_NUMBER.matcher(text);
        return matcher.matches() ? new String[] { matcher.group(1), matcher.group(2) } : new String[] { "0", text };
    }

    /**
     * Whether both name the same document number: the same text once spaces, letter case, dash look-alikes and the
     * Icelandic Ð typed for Đ are set aside (a probable duplicate).
     */
    public boolean sameAs(Notation other) {
        return other != null && key().equals(other.key());
    }

    String key() {
        return DASHES.matcher(text.replaceAll("\\s+", "")).replaceAll("-").replace('Ð', 'Đ').replace('ð', 'đ')
                .toUpperCase(VIETNAMESE);
    }

    @Override
    public String toString() {
        return text;
    }
}
