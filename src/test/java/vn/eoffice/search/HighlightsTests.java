package vn.eoffice.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HighlightsTests {

    @Test
    void escapesEverythingButTheMarks() {
        String highlighted = "<script>x</script> " + Highlights.START + "tuyên" + Highlights.END + " & \"y\"";
        assertThat(Highlights.safeHtml(highlighted))
                .isEqualTo("&lt;script&gt;x&lt;/script&gt; <mark>tuyên</mark> &amp; &quot;y&quot;");
    }

    @Test
    void indexedTextCannotForgeAMark() {
        assertThat(Highlights.safeHtml(Highlights.clean("a" + Highlights.START + "b"))).isEqualTo("ab");
    }
}
