package vn.eoffice.platform;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * In what capacity a document is signed: the signing authority and the line that follows it at the head of the
 * signature block ({@code K/T} + {@code TRƯỞNG BAN}, {@code T/M} + {@code BAN THƯỜNG VỤ}); edXML carries both as
 * SignerInfo/Competence. The line is kept in capitals, as it is printed.
 *
 * @param authority never null; {@link SigningAuthority#NONE} when the head signs in their own name
 * @param line      the collective or the head the signer stands for; null with {@link SigningAuthority#NONE}, and
 *                  possibly when a received competence named only the authority
 */
public record SigningCapacity(SigningAuthority authority, String line) {

    public static final int MAX_LINE = 100;
    public static final SigningCapacity NONE = new SigningCapacity(SigningAuthority.NONE, null);

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    /** The authority as either rulebook writes it (T/M, TM.), then the line. */
    private static final Pattern WRITTEN = Pattern.compile(
            "^(?iu)(T/M|TM\\.|TM(?=\\s|$)|K/T|KT\\.|KT(?=\\s|$)|T/L|TL\\.|TL(?=\\s|$)|T/UQ\\.?|TUQ\\.?|Q\\.)\\s*(.*)$");

    public SigningCapacity {
        authority = authority == null ? SigningAuthority.NONE : authority;
        line = authority == SigningAuthority.NONE ? null : normal(line);
    }

    /**
     * The capacity a drafter, reviewer or signer chooses: an authority needs its line (whom the signer stands for),
     * on one line of at most {@value #MAX_LINE} characters; the authority typed again at the start of the line is
     * dropped. Refusals are {@link DomainException}s with Vietnamese messages.
     */
    public static SigningCapacity choose(SigningAuthority authority, String line) {
        if (authority == null || authority == SigningAuthority.NONE) {
            return NONE;
        }
        String text = normal(line);
        if (text != null) {
            var written = WRITTEN.matcher(text);
            if (written.matches() && SigningAuthority.ofPrefix(written.group(1)).orElse(null) == authority) {
                text = normal(written.group(2));
            }
        }
        if (text == null) {
            throw new DomainException("signingAuthority.lineRequired", authority.prefix());
        }
        if (text.codePoints().anyMatch(Character::isISOControl)) {
            throw new DomainException("signingAuthority.lineInvalid");
        }
        if (text.length() > MAX_LINE) {
            throw new DomainException("signingAuthority.lineTooLong", MAX_LINE);
        }
        return new SigningCapacity(authority, text);
    }

    /**
     * A competence as another system wrote it ({@code K/T TRƯỞNG BAN}, {@code KT. Chủ tịch}, {@code T/M}); one that
     * names no known authority reads as {@link #NONE}. Never refuses.
     */
    public static SigningCapacity read(String competence) {
        String text = normal(competence);
        if (text == null) {
            return NONE;
        }
        var written = WRITTEN.matcher(text.replaceAll("\\p{Cntrl}+", " "));
        if (!written.matches()) {
            return NONE;
        }
        String line = normal(written.group(2));
        return new SigningCapacity(SigningAuthority.ofPrefix(written.group(1)).orElseThrow(),
                line == null || line.length() <= MAX_LINE ? line : line.substring(0, MAX_LINE));
    }

    /** As printed and sent: {@code K/T TRƯỞNG BAN}; null when the head signs in their own name. */
    public String text() {
        if (isNone()) {
            return null;
        }
        return line == null ? authority.prefix() : authority.prefix() + " " + line;
    }

    public boolean isNone() {
        return authority == SigningAuthority.NONE;
    }

    private static String normal(String text) {
        if (text == null) {
            return null;
        }
        String clean = Normalizer.normalize(text, Normalizer.Form.NFC).strip().replaceAll("[ \\t\\u00A0]+", " ");
        return clean.isEmpty() ? null : clean.toUpperCase(VIETNAMESE);
    }
}
