package vn.eoffice.files.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.Arrays;

import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDSimpleFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.PDType3Font;
import org.apache.pdfbox.pdmodel.font.encoding.GlyphList;

/**
 * What text extraction needs of one font, looked up once per character code: PDFBox answers widths and Unicode
 * through boxed maps and CMaps on every call, which dominated the CPU of extraction. Codes above 0xFFFF (rare
 * CMaps) are not cached.
 */
final class FontGlyphs {

    /** The glyph names PDFTextStripper knows: Adobe's list and PDFBox's additions. */
    private static final GlyphList GLYPH_LIST = glyphList();
    private static final String NONE = new String();

    final PDFont font;
    /** 1 for simple fonts, 2 for the Identity CMaps, 0 when the font's CMap decides. */
    final int codeLength;
    final boolean vertical;
    /** The width of a space in text space units per unit of font size. */
    final float spaceWidth;

    private final float[][] advances = new float[256][];
    private final String[][] unicode = new String[256][];

    FontGlyphs(PDFont font) {
        this.font = font;
        this.vertical = font.isVertical();
        this.codeLength = codeLength(font);
        this.spaceWidth = spaceWidth(font);
    }

    /** The displacement along the writing direction in text space units per unit of font size. */
    float advance(int code) throws IOException {
        if (code >>> 16 != 0) {
            return displacement(code);
        }
        float[] page = advances[code >>> 8];
        if (page == null) {
            page = new float[256];
            Arrays.fill(page, Float.NaN);
            advances[code >>> 8] = page;
        }
        float advance = page[code & 0xff];
        if (Float.isNaN(advance)) {
            advance = displacement(code);
            page[code & 0xff] = advance;
        }
        return advance;
    }

    /** The text of a glyph as PDFTextStripper reads it, or null for a glyph without one. */
    String unicode(int code) {
        if (code >>> 16 != 0) {
            return lookUp(code);
        }
        String[] page = unicode[code >>> 8];
        if (page == null) {
            page = new String[256];
            unicode[code >>> 8] = page;
        }
        String text = page[code & 0xff];
        if (text == null) {
            text = lookUp(code);
            page[code & 0xff] = text == null ? NONE : text;
        }
        return text == NONE ? null : text;
    }

    private float displacement(int code) throws IOException {
        var displacement = font.getDisplacement(code);
        return vertical ? displacement.getY() : displacement.getX();
    }

    private String lookUp(int code) {
        String text = font.toUnicode(code, GLYPH_LIST);
        if (text == null && font instanceof PDSimpleFont) {
            return String.valueOf((char) code);
        }
        return text == null ? null : expandLigatures(text);
    }

    /** Ligatures and presentation forms as their letters ("ﬁ" → "fi"), as PDFTextStripper writes them. */
    static String expandLigatures(String text) {
        StringBuilder expanded = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\uFB00' && c <= '\uFDFF' || c >= '\uFE70' && c <= '\uFEFF') {
                if (expanded == null) {
                    expanded = new StringBuilder(text.length() * 2).append(text, 0, i);
                }
                expanded.append(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC).trim());
            } else if (expanded != null) {
                expanded.append(c);
            }
        }
        return expanded == null ? text : expanded.toString();
    }

    /**
     * The name under which a standard 14 font that brings neither widths nor an encoding of its own reads alike in
     * every dictionary, which some generators repeat on each page; null for any other font.
     */
    static String standardName(PDFont font) {
        COSDictionary dictionary = font.getCOSObject();
        COSBase encoding = dictionary.getDictionaryObject(COSName.ENCODING);
        if (font instanceof PDType1Font type1 && type1.isStandard14() && !type1.isEmbedded()
                && !dictionary.containsKey(COSName.WIDTHS) && !dictionary.containsKey(COSName.MISSING_WIDTH)
                && !dictionary.containsKey(COSName.TO_UNICODE) && (encoding == null || encoding instanceof COSName)) {
            return font.getName() + " " + (encoding == null ? "" : ((COSName) encoding).getName());
        }
        return null;
    }

    private static int codeLength(PDFont font) {
        if (font instanceof PDSimpleFont) {
            return 1;
        }
        if (font instanceof PDType0Font type0 && type0.getCMap() != null
                && ("Identity-H".equals(type0.getCMap().getName()) || "Identity-V".equals(type0.getCMap().getName()))) {
            return 2;
        }
        return 0;
    }

    /** As PDFTextStripper estimates it: the space glyph, else most of an average glyph. */
    private static float spaceWidth(PDFont font) {
        float glyphToText = font instanceof PDType3Font ? font.getFontMatrix().getScaleX() : 0.001f;
        float width = font.getSpaceWidth() * glyphToText;
        if (width == 0) {
            width = font.getAverageFontWidth() * glyphToText * 0.8f;
        }
        return width == 0 ? 1 : width;
    }

    private static GlyphList glyphList() {
        try (InputStream additional = GlyphList.class
                .getResourceAsStream("/org/apache/pdfbox/resources/glyphlist/additional.txt")) {
            return new GlyphList(GlyphList.getAdobeGlyphList(), additional);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
