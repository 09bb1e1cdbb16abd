package vn.eoffice.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

import vn.eoffice.search.analysis.VietnameseAnalyzer;

import static org.assertj.core.api.Assertions.assertThat;

class VietnameseAnalyzerTests {

    @Test
    void foldsDiacriticsAndTheLetterD() throws IOException {
        assertThat(tokens(VietnameseAnalyzer.folded(), "Đảng ủy")).containsExactly("dang", "uy");
        assertThat(tokens(VietnameseAnalyzer.folded(), "Tuyên truyền")).containsExactly("tuyen", "truyen");
        assertThat(tokens(VietnameseAnalyzer.folded(), "tuyen truyen")).containsExactly("tuyen", "truyen");
    }

    @Test
    void combiningMarksFoldLikePrecomposedLetters() throws IOException {
        String decomposed = "tuye\u0302n truye\u0302\u0300n";
        assertThat(tokens(VietnameseAnalyzer.folded(), decomposed)).containsExactly("tuyen", "truyen");
        assertThat(tokens(VietnameseAnalyzer.exact(), decomposed))
                .isEqualTo(tokens(VietnameseAnalyzer.exact(), "tuyên truyền"));
    }

    @Test
    void exactAnalyzerKeepsDiacritics() throws IOException {
        assertThat(tokens(VietnameseAnalyzer.exact(), "Đảng ủy")).containsExactly("đảng", "ủy");
    }

    private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
        var tokens = new ArrayList<String>();
        try (analyzer; var stream = analyzer.tokenStream("f", text)) {
            var term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        }
        return tokens;
    }
}
