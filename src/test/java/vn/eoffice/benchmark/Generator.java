package vn.eoffice.benchmark;

import java.util.List;

/**
 * Realistic Vietnamese document metadata for benchmarks: varied issuers and summaries.
 */
final class Generator {

    private static final List<String> ISSUERS = List.of("Tỉnh ủy Điện Biên", "Ban Tuyên giáo và Dân vận Trung ương",
            "Ủy ban nhân dân tỉnh Điện Biên", "Đảng ủy xã Tuần Giáo", "Đảng ủy phường Mường Thanh",
            "Sở Văn hóa, Thể thao và Du lịch tỉnh Điện Biên", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Điện Biên",
            "Đảng ủy xã Mường Phăng", "Sở Giáo dục và Đào tạo tỉnh Điện Biên", "Báo và Phát thanh, Truyền hình Điện Biên");
    private static final List<String> TOPICS = List.of("tuyên truyền kỷ niệm Ngày thành lập Đảng",
            "học tập, quán triệt Nghị quyết Đại hội XIV", "phòng, chống tin giả trên không gian mạng",
            "tình hình tư tưởng cán bộ, đảng viên sau sắp xếp", "công tác dân vận chính quyền",
            "hội nghị báo cáo viên tháng", "định hướng thông tin báo chí", "kết quả thực hiện quy chế dân chủ ở cơ sở",
            "xây dựng và nhân rộng điển hình dân vận khéo", "công tác tôn giáo, dân tộc trên địa bàn");
    private static final List<String> KINDS = List.of("Báo cáo", "Về việc", "Kế hoạch", "Hướng dẫn", "Thông báo");

    private Generator() {
    }

    static String issuer(long i) {
        return ISSUERS.get((int) (i % ISSUERS.size()));
    }

    /** A few sentences of body text, as extracted from an attachment. */
    static String body(long i) {
        return "Thực hiện " + TOPICS.get((int) (i % TOPICS.size())) + ", " + ISSUERS.get((int) ((i / 7) % ISSUERS.size()))
                + " báo cáo kết quả như sau: đã tổ chức quán triệt tới cán bộ, đảng viên; phối hợp với Mặt trận và "
                + "các đoàn thể tuyên truyền sâu rộng trong Nhân dân; nắm bắt tình hình dư luận xã hội trên địa bàn.";
    }

    /** The query as a person types it without diacritics ("Đảng ủy" → "dang uy"). */
    static String fold(String text) {
        String decomposed = java.text.Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'),
                java.text.Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").toLowerCase();
    }

    static String summary(long i) {
        return KINDS.get((int) (i % KINDS.size())) + " " + TOPICS.get((int) ((i / 3) % TOPICS.size())) + " năm 2026 (số "
                + i + ")";
    }
}
