package vn.eoffice.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PartyLetterheadTests {

    @Test
    void placeComesFromTheCommitteeAndTheIssuerLineLeavesTheSuperiorOut() {
        var head = PartyLetterhead.of("Tỉnh ủy Điện Biên", "Ban Tuyên giáo và Dân vận Tỉnh ủy Điện Biên", "TB",
                "BTGDVTU", 2026);
        assertThat(head.place()).isEqualTo("Điện Biên");
        assertThat(head.superiorLine()).isEqualTo("TỈNH ỦY ĐIỆN BIÊN");
        assertThat(head.issuerLine()).isEqualTo("BAN TUYÊN GIÁO VÀ DÂN VẬN");
        assertThat(head.numberLine()).startsWith("Số ").endsWith("-TB/BTGDVTU");
        assertThat(PartyLetterhead.of(null, "Đảng ủy xã Tuần Giáo", "KH", "ĐU", 2026).place()).isEqualTo("Tuần Giáo");
        assertThat(PartyLetterhead.of(null, "Văn phòng Trung ương Đảng", null, "VPTW", 2026).dateLine())
                .isEqualTo("ngày      tháng      năm 2026");
    }
}
