package vn.eoffice.files.text;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.DrawObject;
import org.apache.pdfbox.contentstream.operator.markedcontent.BeginMarkedContentSequence;
import org.apache.pdfbox.contentstream.operator.markedcontent.BeginMarkedContentSequenceWithProperties;
import org.apache.pdfbox.contentstream.operator.markedcontent.EndMarkedContentSequence;
import org.apache.pdfbox.contentstream.operator.state.Concatenate;
import org.apache.pdfbox.contentstream.operator.state.Restore;
import org.apache.pdfbox.contentstream.operator.state.Save;
import org.apache.pdfbox.contentstream.operator.state.SetGraphicsStateParameters;
import org.apache.pdfbox.contentstream.operator.state.SetMatrix;
import org.apache.pdfbox.contentstream.operator.text.BeginText;
import org.apache.pdfbox.contentstream.operator.text.EndText;
import org.apache.pdfbox.contentstream.operator.text.MoveText;
import org.apache.pdfbox.contentstream.operator.text.MoveTextSetLeading;
import org.apache.pdfbox.contentstream.operator.text.NextLine;
import org.apache.pdfbox.contentstream.operator.text.SetCharSpacing;
import org.apache.pdfbox.contentstream.operator.text.SetFontAndSize;
import org.apache.pdfbox.contentstream.operator.text.SetTextHorizontalScaling;
import org.apache.pdfbox.contentstream.operator.text.SetTextLeading;
import org.apache.pdfbox.contentstream.operator.text.SetTextRise;
import org.apache.pdfbox.contentstream.operator.text.SetWordSpacing;
import org.apache.pdfbox.contentstream.operator.text.ShowText;
import org.apache.pdfbox.contentstream.operator.text.ShowTextAdjusted;
import org.apache.pdfbox.contentstream.operator.text.ShowTextLine;
import org.apache.pdfbox.contentstream.operator.text.ShowTextLineAndSpace;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.util.Matrix;

/**
 * The text of a PDF's pages in drawing order, for search: each glyph's text and where it lands go straight to
 * {@link PositionalText}, which decides spaces and line breaks. Unlike PDFTextStripper it keeps no object per glyph and
 * neither sorts nor reorders lines, which made extraction several times cheaper; office suites draw in reading order,
 * so the words are the same.
 */
final class ContentStreamText extends PDFStreamEngine {

    private final PositionalText text = new PositionalText();
    private final Map<COSDictionary, FontGlyphs> fonts = new IdentityHashMap<>();
    private final Map<String, FontGlyphs> standardFonts = new HashMap<>();
    private FontGlyphs glyphs;
    private PDFont defaultFont;

    private int markedContentDepth;
    private int actualTextDepth;
    private String actualText;
    private boolean actualTextShown;

    private ContentStreamText() {
        addOperator(new BeginText(this));
        addOperator(new EndText(this));
        addOperator(new Concatenate(this));
        addOperator(new Save(this));
        addOperator(new Restore(this));
        addOperator(new SetGraphicsStateParameters(this));
        addOperator(new DrawObject(this));
        addOperator(new SetMatrix(this));
        addOperator(new MoveText(this));
        addOperator(new MoveTextSetLeading(this));
        addOperator(new NextLine(this));
        addOperator(new SetFontAndSize(this));
        addOperator(new SetCharSpacing(this));
        addOperator(new SetWordSpacing(this));
        addOperator(new SetTextHorizontalScaling(this));
        addOperator(new SetTextLeading(this));
        addOperator(new SetTextRise(this));
        addOperator(new ShowText(this));
        addOperator(new ShowTextAdjusted(this));
        addOperator(new ShowTextLine(this));
        addOperator(new ShowTextLineAndSpace(this));
        addOperator(new BeginMarkedContentSequence(this));
        addOperator(new BeginMarkedContentSequenceWithProperties(this));
        addOperator(new EndMarkedContentSequence(this));
    }

    static String of(PDDocument document, int maxPages) throws IOException {
        var engine = new ContentStreamText();
        int pages = 0;
        for (PDPage page : document.getPages()) {
            if (++pages > maxPages) {
                break;
            }
            engine.processPage(page);
        }
        return engine.text.toString();
    }

    @Override
    public void processPage(PDPage page) throws IOException {
        markedContentDepth = 0;
        actualTextDepth = 0;
        actualText = null;
        super.processPage(page);
        text.endPage();
    }

    /** The glyphs of one string, positioned as PDFStreamEngine does but without a matrix per glyph. */
    @Override
    protected void showText(byte[] string) throws IOException {
        var state = getGraphicsState();
        var textState = state.getTextState();
        FontGlyphs glyphs = glyphs(textState.getFont());
        float fontSize = textState.getFontSize();
        float scaling = glyphs.vertical ? 1 : textState.getHorizontalScaling() / 100f;
        float charSpacing = textState.getCharacterSpacing();
        float wordSpacing = textState.getWordSpacing();
        float rise = textState.getRise();

        Matrix tm = state.getTextMatrix();
        Matrix ctm = state.getCurrentTransformationMatrix();
        float a = tm.getScaleX() * ctm.getScaleX() + tm.getShearY() * ctm.getShearX();
        float b = tm.getScaleX() * ctm.getShearY() + tm.getShearY() * ctm.getScaleY();
        float c = tm.getShearX() * ctm.getScaleX() + tm.getScaleY() * ctm.getShearX();
        float d = tm.getShearX() * ctm.getShearY() + tm.getScaleY() * ctm.getScaleY();
        float originX = tm.getTranslateX() * ctm.getScaleX() + tm.getTranslateY() * ctm.getShearX()
                + ctm.getTranslateX() + rise * c;
        float originY = tm.getTranslateX() * ctm.getShearY() + tm.getTranslateY() * ctm.getScaleY()
                + ctm.getTranslateY() + rise * d;
        // the image of one text space unit along the writing direction, and across it
        float alongX = glyphs.vertical ? c : a;
        float alongY = glyphs.vertical ? d : b;
        float alongLength = length(alongX, alongY);
        float acrossLength = glyphs.vertical ? length(a, b) : length(c, d);
        float sign = glyphs.vertical ? -1 : 1;
        text.run(alongLength == 0 ? 1 : sign * alongX / alongLength, alongLength == 0 ? 0 : sign * alongY / alongLength,
                Math.abs(fontSize) * acrossLength, Math.abs(glyphs.spaceWidth * fontSize * scaling) * alongLength);

        InputStream codes = glyphs.codeLength == 0 ? new ByteArrayInputStream(string) : null;
        float offset = 0;
        int i = 0;
        while (codes == null ? i < string.length : codes.available() > 0) {
            int code;
            boolean singleByte = glyphs.codeLength == 1;
            if (singleByte) {
                code = string[i++] & 0xff;
            } else if (codes == null) {
                code = (string[i++] & 0xff) << 8;
                if (i < string.length) {
                    code |= string[i++] & 0xff;
                }
            } else {
                int before = codes.available();
                code = glyphs.font.readCode(codes);
                singleByte = before - codes.available() == 1;
            }
            float advance = glyphs.advance(code) * fontSize;
            String unicode = glyphs.unicode(code);
            if (unicode != null) {
                if (actualText != null) {
                    unicode = actualTextShown ? "" : actualText;
                    actualTextShown = true;
                }
                float end = offset + advance * scaling;
                text.place(unicode, glyphs, fontSize, originX + offset * alongX, originY + offset * alongY,
                        originX + end * alongX, originY + end * alongY);
            }
            offset += (advance + charSpacing + (singleByte && code == 32 ? wordSpacing : 0)) * scaling;
        }
        if (glyphs.vertical) {
            tm.translate(0, offset);
        } else {
            tm.translate(offset, 0);
        }
    }

    private static float length(float x, float y) {
        return (float) Math.sqrt(x * x + y * y);
    }

    private FontGlyphs glyphs(PDFont shown) {
        if (shown == null && defaultFont == null) {
            defaultFont = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        }
        PDFont font = shown == null ? defaultFont : shown;
        if (glyphs == null || glyphs.font != font) {
            FontGlyphs known = fonts.get(font.getCOSObject());
            if (known == null) {
                String standard = FontGlyphs.standardName(font);
                known = standard == null ? new FontGlyphs(font)
                        : standardFonts.computeIfAbsent(standard, name -> new FontGlyphs(font));
                fonts.put(font.getCOSObject(), known);
            }
            glyphs = known;
        }
        return glyphs;
    }

    /** /ActualText replaces the glyphs it covers, as in PDFTextStripper. */
    @Override
    public void beginMarkedContentSequence(COSName tag, COSDictionary properties) {
        markedContentDepth++;
        String actual = properties == null ? null : properties.getString(COSName.ACTUAL_TEXT);
        if (actual != null) {
            actualText = FontGlyphs.expandLigatures(actual.replace("\u00ad", ""));
            actualTextShown = false;
            actualTextDepth = markedContentDepth;
        }
    }

    @Override
    public void endMarkedContentSequence() {
        if (markedContentDepth == actualTextDepth) {
            actualText = null;
            actualTextDepth = 0;
        }
        markedContentDepth = Math.max(0, markedContentDepth - 1);
    }
}
