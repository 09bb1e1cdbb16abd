package vn.eoffice.files.text;

import java.text.Normalizer;

/**
 * Text put together glyph by glyph from where the glyphs land in user space, with PDFTextStripper's tolerances: a gap
 * wider than half a space (or a third of a glyph) is a space, leaving the baseline or turning is a new line, and an
 * accent drawn over the letter before it joins that letter. Going back on the line by more than the font size (a
 * right-aligned label drawn first, a word printed twice for bold) is a space too, where PDFTextStripper glues.
 */
final class PositionalText {

    private final StringBuilder text = new StringBuilder();

    private float directionX = 1;
    private float directionY;
    private float size;
    private float spaceWidth;

    private boolean placed;
    private float startX;
    private float startY;
    private float endX;
    private float endY;
    private float placedDirectionX;
    private float placedDirectionY;
    private float placedSize;
    private float placedSpaceWidth;
    private float averageWidth;
    private Object placedFont;
    private float placedFontSize;

    /** The writing direction (a unit vector), font size and space width of the glyphs placed next. */
    void run(float directionX, float directionY, float size, float spaceWidth) {
        this.directionX = directionX;
        this.directionY = directionY;
        this.size = size;
        this.spaceWidth = spaceWidth;
    }

    /** A glyph's text, with a space or a line break before it when it lands apart from the glyph before. */
    void place(String unicode, Object font, float fontSize, float x0, float y0, float x1, float y1) {
        float width = (x1 - x0) * directionX + (y1 - y0) * directionY;
        float average = width;
        if (placed) {
            float dx = x0 - endX;
            float dy = y0 - endY;
            float along = dx * directionX + dy * directionY;
            float across = dy * directionX - dx * directionY;
            boolean turned = directionX * placedDirectionX + directionY * placedDirectionY < 0.99f;
            if (turned || Math.abs(across) > 0.5f * Math.max(size, placedSize)) {
                separate('\n');
            } else if (along < 0 && overlapsPlaced(x1, y1) && isDiacritic(unicode)) {
                // an accent drawn over the letter before it, as PDFTextStripper merges it
                text.append(combining(unicode.charAt(0)));
                return;
            } else {
                if (font == placedFont && fontSize == placedFontSize) {
                    average = (averageWidth + width) / 2;
                }
                float spaceTolerance = spaceWidth == 0 ? Float.MAX_VALUE : (spaceWidth + placedSpaceWidth) / 4;
                float back = (x0 - startX) * directionX + (y0 - startY) * directionY;
                if (along > Math.min(spaceTolerance, average * 0.3f) || back < -size) {
                    separate(' ');
                }
            }
        }
        if (unicode.length() == 1) {
            char character = unicode.charAt(0);
            if (character != ' ' || !endsWithSeparator()) {
                text.append(character);
            }
        } else {
            text.append(unicode);
        }
        placed = true;
        startX = x0;
        startY = y0;
        endX = x1;
        endY = y1;
        placedDirectionX = directionX;
        placedDirectionY = directionY;
        placedSize = size;
        placedSpaceWidth = spaceWidth;
        averageWidth = average;
        placedFont = font;
        placedFontSize = fontSize;
    }

    void endPage() {
        separate('\n');
        placed = false;
    }

    @Override
    public String toString() {
        return text.toString();
    }

    private boolean overlapsPlaced(float x1, float y1) {
        return (x1 - startX) * directionX + (y1 - startY) * directionY > 0;
    }

    private void separate(char separator) {
        if (text.isEmpty()) {
            return;
        }
        char last = text.charAt(text.length() - 1);
        if (last == '\n' || last == separator) {
            return;
        }
        if (last == ' ') {
            text.setCharAt(text.length() - 1, separator);
        } else {
            text.append(separator);
        }
    }

    private boolean endsWithSeparator() {
        return text.isEmpty() || text.charAt(text.length() - 1) == ' ' || text.charAt(text.length() - 1) == '\n';
    }

    /** A lone accent as PDFTextStripper recognises it (TextPosition.isDiacritic). */
    private static boolean isDiacritic(String unicode) {
        if (unicode.length() != 1 || unicode.charAt(0) == '\u30FC') {
            return false;
        }
        int type = Character.getType(unicode.charAt(0));
        return type == Character.NON_SPACING_MARK || type == Character.MODIFIER_SYMBOL
                || type == Character.MODIFIER_LETTER;
    }

    /** The combining form of a spacing accent, with PDFTextStripper's table (TextPosition.combineDiacritic). */
    private static String combining(char accent) {
        return switch (accent) {
            case '`', '\u02CB' -> "\u0300";
            case '\'', '\u02B9', '\u02CA' -> "\u0301";
            case '^', '\u02C6' -> "\u0302";
            case '~' -> "\u0303";
            case '\u02C9' -> "\u0304";
            case '\u00B0' -> "\u030A";
            case '\u02BA' -> "\u030B";
            case '\u02C7' -> "\u030C";
            case '\u02C8' -> "\u030D";
            case '"' -> "\u030E";
            case '\u02BB' -> "\u0312";
            case '\u02BC', '\u0486', '\u055A' -> "\u0313";
            case '\u02BD', '\u0485', '\u0559' -> "\u0314";
            case '\u02D4' -> "\u031D";
            case '\u02D5' -> "\u031E";
            case '\u02D6' -> "\u031F";
            case '\u02D7' -> "\u0320";
            case '\u02B2' -> "\u0321";
            case '\u02CC' -> "\u0329";
            case '\u02B7' -> "\u032B";
            case '\u02CD' -> "\u0331";
            case '_' -> "\u0332";
            case '\u204E' -> "\u0359";
            default -> Normalizer.normalize(String.valueOf(accent), Normalizer.Form.NFKC).trim();
        };
    }
}
