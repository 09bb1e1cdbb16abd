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

    private static final List<String> PLACES = List.of("xã Tuần Giáo", "phường Mường Thanh", "xã Mường Phăng",
            "xã Mường Chà", "phường Him Lam", "xã Điện Biên Đông", "xã Nậm Pồ", "phường Điện Biên Phủ");
    private static final List<String> SENTENCES = List.of(
            "Thực hiện {topic}, {issuer} đã ban hành {n} văn bản chỉ đạo, hướng dẫn các chi bộ, đảng bộ cơ sở triển khai"
                    + " thực hiện nghiêm túc, đúng tiến độ.",
            "Công tác tuyên truyền được đổi mới về nội dung và hình thức, bám sát nhiệm vụ chính trị của địa phương;"
                    + " đã tổ chức {n} hội nghị với trên {m} lượt cán bộ, đảng viên và quần chúng nhân dân tham dự.",
            "Tại {place}, Ban Chỉ đạo đã phối hợp với Mặt trận Tổ quốc và các đoàn thể chính trị – xã hội nắm bắt tình"
                    + " hình tư tưởng, dư luận xã hội, kịp thời định hướng thông tin, không để hình thành điểm nóng.",
            "Đội ngũ báo cáo viên, tuyên truyền viên cơ sở tiếp tục được kiện toàn; trong kỳ đã bồi dưỡng nghiệp vụ cho"
                    + " {n} đồng chí, cung cấp {m} bản tin thông báo nội bộ.",
            "Việc học tập, quán triệt nghị quyết được thực hiện bằng hình thức trực tuyến kết hợp trực tiếp, kết nối tới"
                    + " {n} điểm cầu cấp xã, bảo đảm chất lượng, tiết kiệm thời gian và kinh phí.",
            "Tuy nhiên, một số cơ sở đảng còn chậm báo cáo kết quả; việc nắm tình hình ở vùng sâu, vùng xa như {place}"
                    + " còn gặp khó khăn do địa bàn rộng, giao thông đi lại không thuận lợi.",
            "Trong thời gian tới, đề nghị các cấp ủy tiếp tục tăng cường lãnh đạo, chỉ đạo {topic}; chú trọng phát hiện,"
                    + " nhân rộng các mô hình hay, cách làm hiệu quả.",
            "Công tác dân vận của cơ quan nhà nước có chuyển biến tích cực; {n} mô hình \"Dân vận khéo\" được công nhận,"
                    + " góp phần giải quyết kịp thời các kiến nghị chính đáng của Nhân dân.",
            "Hoạt động đấu tranh phản bác các quan điểm sai trái, thù địch được duy trì thường xuyên; lực lượng nòng cốt"
                    + " đã đăng tải {m} tin, bài tích cực trên không gian mạng.",
            "Kinh phí thực hiện được bố trí từ nguồn ngân sách địa phương năm 2026 với tổng số {m} triệu đồng, bảo đảm"
                    + " đúng quy định và sử dụng có hiệu quả.");

    /** A paragraph of an attached report: four sentences, varied topics, places and figures. */
    static String paragraph(long i, java.util.Random random) {
        var text = new StringBuilder();
        for (int s = 0; s < 4; s++) {
            text.append(s == 0 ? "" : " ").append(SENTENCES.get(random.nextInt(SENTENCES.size()))
                    .replace("{topic}", TOPICS.get(random.nextInt(TOPICS.size())))
                    .replace("{issuer}", ISSUERS.get((int) (i % ISSUERS.size())))
                    .replace("{place}", PLACES.get(random.nextInt(PLACES.size())))
                    .replace("{n}", String.valueOf(2 + random.nextInt(60)))
                    .replace("{m}", String.valueOf(100 + random.nextInt(9_900))));
        }
        return text.toString();
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
