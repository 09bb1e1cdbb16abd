package vn.eoffice.files.inspect;

import java.text.Normalizer;
import java.util.Locale;

import vn.eoffice.platform.DomainException;

/**
 * Turns the name a browser sent into one that is safe to show and to offer for download on any system, keeping
 * Vietnamese letters as they are ("Báo cáo tháng 11.pdf" stays readable).
 */
public final class FileNames {

    static final int MAX_LENGTH = 200;
    private static final String FALLBACK = "tep";
    private static final String RESERVED = "<>:\"|?*";

    private FileNames() {
    }

    public static String sanitize(String original) {
        String name = original == null ? "" : Normalizer.normalize(original, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        var kept = new StringBuilder(name.length());
        name.codePoints().filter(FileNames::allowed).forEach(kept::appendCodePoint);
        name = kept.toString().strip();
        name = stripLeading(name, '.');
        name = stripTrailingDotsAndSpaces(name);
        name = limit(name);
        return name.isEmpty() ? FALLBACK : name;
    }

    /** The lower-case extension without the dot, or "" when the name has none. */
    public static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot <= 0 || dot == name.length() - 1 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /**
     * The name with an extension that tells the truth about the content: added when missing, refused when it
     * claims another type (a PDF called "thu.exe", a script called ".pdf" never reaches this point).
     */
    public static String matching(String name, FileType type) {
        String extension = extension(name);
        if (extension.isEmpty()) {
            return limit(name) + "." + type.defaultExtension();
        }
        if (!type.namedBy(extension)) {
            throw new DomainException("files.type.extensionMismatch", extension, type.label());
        }
        return name;
    }

    private static boolean allowed(int codePoint) {
        int type = Character.getType(codePoint);
        // Format characters include the right-to-left override used to disguise "fdp.exe" as "exe.pdf".
        return type != Character.CONTROL && type != Character.FORMAT && type != Character.UNASSIGNED
                && type != Character.SURROGATE && type != Character.PRIVATE_USE && RESERVED.indexOf(codePoint) < 0;
    }

    private static String stripLeading(String name, char c) {
        int i = 0;
        while (i < name.length() && (name.charAt(i) == c || Character.isWhitespace(name.charAt(i)))) {
            i++;
        }
        return name.substring(i);
    }

    private static String stripTrailingDotsAndSpaces(String name) {
        int end = name.length();
        while (end > 0 && (name.charAt(end - 1) == '.' || Character.isWhitespace(name.charAt(end - 1)))) {
            end--;
        }
        return name.substring(0, end);
    }

    /** Cuts the base name, not the extension, and never inside a surrogate pair. */
    private static String limit(String name) {
        if (name.codePointCount(0, name.length()) <= MAX_LENGTH) {
            return name;
        }
        String extension = extension(name);
        boolean keepExtension = !extension.isEmpty() && extension.length() <= 10;
        String suffix = keepExtension ? "." + name.substring(name.length() - extension.length()) : "";
        int keep = MAX_LENGTH - suffix.length();
        int end = name.offsetByCodePoints(0, keep);
        return name.substring(0, end).strip() + suffix;
    }
}
