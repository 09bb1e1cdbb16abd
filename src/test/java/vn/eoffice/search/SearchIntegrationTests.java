package vn.eoffice.search;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.eoffice.IntegrationTest;
import vn.eoffice.OfficeDate;
import vn.eoffice.documents.DocumentManagement;
import vn.eoffice.documents.RegisterManagement;
import vn.eoffice.documents.Urgency;
import vn.eoffice.files.FileStorage;
import vn.eoffice.platform.Secrecy;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class SearchIntegrationTests {

    @Autowired DocumentManagement documents;
    @Autowired RegisterManagement registers;
    @Autowired FileStorage files;
    @Autowired UserDetailsService accounts;
    @Autowired DocumentSearch search;
    @Autowired Reindexing reindexing;
    SearchFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new SearchFixtures(documents, registers, files, accounts, search);
    }

    @Test
    void documentIsSearchableWithinTwoSecondsOfItsCommit() throws Exception {
        String m = SearchFixtures.marker();
        var document = fixtures.register("Kế hoạch tuyên truyền " + m);
        Instant committed = Instant.now();
        var results = fixtures.awaitHit("lanhdao", SearchQuery.of(m), document.getId());
        assertThat(SearchFixtures.contains(results, document.getId()))
                .as("found within %s of the commit at %s", SearchFixtures.WITHIN, committed).isTrue();
    }

    @Test
    void wordsWithoutDiacriticsFindWordsWithThem() throws Exception {
        String m = SearchFixtures.marker();
        var document = fixtures.register("Về công tác tuyên truyền của Đảng ủy Khối " + m);
        assertThat(fixtures.awaitHit("lanhdao", SearchQuery.of("tuyen truyen " + m), document.getId()).total())
                .isEqualTo(1);
        assertThat(search.search(fixtures.as("lanhdao"), SearchQuery.of("dang uy " + m)).total()).isEqualTo(1);
        assertThat(search.search(fixtures.as("lanhdao"), SearchQuery.of("Đảng ủy " + m)).total()).isEqualTo(1);
        assertThat(search.search(fixtures.as("lanhdao"), SearchQuery.of("TUYÊN TRUYỀN " + m)).total()).isEqualTo(1);
    }

    @Test
    void everyWordMustMatch() throws Exception {
        String m = SearchFixtures.marker();
        var document = fixtures.register("Tuyên truyền kỷ niệm ngày thành lập " + m);
        fixtures.awaitHit("lanhdao", SearchQuery.of(m), document.getId());
        assertThat(search.search(fixtures.as("lanhdao"), SearchQuery.of("tuyen " + m)).total()).isEqualTo(1);
        assertThat(search.search(fixtures.as("lanhdao"), SearchQuery.of("tuyen khongcotu " + m)).total()).isZero();
    }

    @Test
    void summaryMatchOutranksAttachmentTextOnlyMatch() throws Exception {
        String m = SearchFixtures.marker();
        var inText = fixtures.register("Báo cáo tổng kết năm", "CV", Urgency.NORMAL, Secrecy.NONE,
                OfficeDate.today().minusDays(1), List.of(fixtures.pdf("Phu luc " + m + " chi tiet")));
        var inSummary = fixtures.register("Hội nghị " + m);
        var results = fixtures.await("lanhdao", SearchQuery.of(m), SearchFixtures.WITHIN.multipliedBy(5),
                r -> r.total() == 2);
        assertThat(results.hits()).extracting(SearchHit::documentId).containsExactly(inSummary.getId(), inText.getId());
        assertThat(results.hits().get(1).snippetHtml()).contains("<mark>" + m + "</mark>");
    }

    @Test
    void attachmentTextIsSearchable() throws Exception {
        String m = SearchFixtures.marker();
        var document = fixtures.register("Công văn có phụ lục", "CV", Urgency.NORMAL, Secrecy.NONE,
                OfficeDate.today().minusDays(1), List.of(fixtures.pdf("Ke hoach tuyen truyen " + m)));
        var results = fixtures.await("lanhdao", SearchQuery.of("tuyên truyền " + m),
                SearchFixtures.WITHIN.multipliedBy(5), r -> SearchFixtures.contains(r, document.getId()));
        assertThat(results.hits()).extracting(SearchHit::documentId).containsExactly(document.getId());
    }

    @Test
    void filtersNarrowTheResults() throws Exception {
        String m = SearchFixtures.marker();
        var plain = fixtures.register("Thông báo " + m, "CV", Urgency.NORMAL, Secrecy.NONE,
                OfficeDate.today().minusDays(10), List.of());
        var urgent = fixtures.register("Thông báo khẩn " + m, "TB", Urgency.URGENT, Secrecy.NONE,
                OfficeDate.today().minusDays(1), List.of());
        documents.submit(fixtures.as("vanthu"), urgent.getId(), fixtures.as("lanhdao").id());
        var all = fixtures.await("lanhdao", SearchQuery.of(m), SearchFixtures.WITHIN,
                r -> r.total() == 2 && r.hits().stream().anyMatch(h -> "SUBMITTED".equals(h.status())));
        assertThat(all.total()).isEqualTo(2);
        assertThat(all.typeCounts()).containsEntry("CV", 1L).containsEntry("TB", 1L);
        assertThat(ids(new SearchQuery(m, "TB", null, null, null, null, null, null, 0, 20)))
                .containsExactly(urgent.getId());
        assertThat(ids(new SearchQuery(m, null, null, null, null, null, null, "URGENT", 0, 20)))
                .containsExactly(urgent.getId());
        assertThat(ids(new SearchQuery(m, null, null, null, null, null, "REGISTERED", null, 0, 20)))
                .containsExactly(plain.getId());
        assertThat(ids(new SearchQuery(m, null, null, null, OfficeDate.today().minusDays(20),
                OfficeDate.today().minusDays(5), null, null, 0, 20))).containsExactly(plain.getId());
        assertThat(ids(new SearchQuery(m, null, "tinh uy dien bien", plain.getRegisterId(), null, null, null, null,
                0, 20))).containsExactlyInAnyOrder(plain.getId(), urgent.getId());
        assertThat(ids(new SearchQuery(m, null, "ubnd", null, null, null, null, null, 0, 20))).isEmpty();
    }

    @Test
    void highlightedSummaryEscapesMarkup() throws Exception {
        String m = SearchFixtures.marker();
        var document = fixtures.register("<script>alert('x')</script> tuyên truyền " + m);
        var hit = fixtures.awaitHit("lanhdao", SearchQuery.of("tuyen truyen " + m), document.getId()).hits().get(0);
        assertThat(hit.summaryHtml()).doesNotContain("<script>").contains("&lt;script&gt;")
                .contains("<mark>tuyên</mark>").contains("<mark>" + m + "</mark>");
    }

    @Test
    void secretDocumentLeavesNoTraceForPeopleWithoutClearance() throws Exception {
        String m = SearchFixtures.marker();
        var secret = fixtures.register("Tài liệu mật về tuyên truyền " + m, "CV", Urgency.NORMAL, Secrecy.MAT,
                OfficeDate.today().minusDays(1), List.of());
        assertThat(fixtures.awaitHit("lanhdao", SearchQuery.of(m), secret.getId()).total()).isEqualTo(1);
        var officer = search.search(fixtures.as("chuyenvien"), SearchQuery.of(m));
        assertThat(officer.total()).isZero();
        assertThat(officer.hits()).isEmpty();
        assertThat(officer.typeCounts()).isEmpty();
        var filtersOnly = search.search(fixtures.as("chuyenvien"),
                new SearchQuery(null, "CV", null, null, null, null, null, null, 0, 100));
        assertThat(filtersOnly.hits()).noneMatch(h -> h.documentId().equals(secret.getId()));
    }

    @Test
    void reindexRebuildsTheIndexAndReportsProgress() throws Exception {
        String m = SearchFixtures.marker();
        var document = fixtures.register("Chỉ mục lại " + m);
        fixtures.awaitHit("lanhdao", SearchQuery.of(m), document.getId());
        reindexing.start();
        Instant deadline = Instant.now().plusSeconds(60);
        while (reindexing.progress().running() && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
        }
        var progress = reindexing.progress();
        assertThat(progress.state()).isEqualTo(ReindexProgress.State.DONE);
        assertThat(progress.total()).isPositive();
        assertThat(progress.done()).isEqualTo(progress.total());
        assertThat(progress.percent()).isEqualTo(100);
        assertThat(search.search(fixtures.as("lanhdao"), SearchQuery.of(m)).total()).isEqualTo(1);
    }

    private List<Long> ids(SearchQuery query) {
        return search.search(fixtures.as("lanhdao"), query).hits().stream().map(SearchHit::documentId).toList();
    }
}
