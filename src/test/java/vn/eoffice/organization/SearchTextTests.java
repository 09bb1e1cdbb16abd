package vn.eoffice.organization;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchTextTests {

    @Test
    void foldsTonesMarksAndTheLetterDd() {
        assertThat(SearchText.fold("Ban Tuyên giáo và Dân vận Tỉnh ủy Điện Biên"))
                .isEqualTo("ban tuyen giao va dan van tinh uy dien bien");
        assertThat(SearchText.fold("ĐẢNG ỦY XÃ Mường Ảng")).isEqualTo("dang uy xa muong ang");
    }

    @Test
    void foldsComposedAndDecomposedInputAlike() {
        String decomposed = java.text.Normalizer.normalize("Quài Tở", java.text.Normalizer.Form.NFD);
        assertThat(SearchText.fold(decomposed)).isEqualTo(SearchText.fold("Quài Tở")).isEqualTo("quai to");
    }

    @Test
    void treatsNullAsEmpty() {
        assertThat(SearchText.fold(null)).isEmpty();
    }
}
