package vn.eoffice.people;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

import vn.eoffice.IntegrationTest;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.notifications.Notifier;
import vn.eoffice.platform.DomainException;
import vn.eoffice.platform.NotFoundException;
import vn.eoffice.platform.WaitingStep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Competency assessment from the person's queue to the gap report: self-assessment, review by the head of the
 * person's unit (never by himself, never by a colleague), the notice that clears, who sees what, validation.
 */
@IntegrationTest
@AutoConfigureMockMvc
class CompetencyIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired CompetencyFixtures fixtures;
    @Autowired CompetencyAssessments assessments;
    @Autowired CompetencyGaps gaps;
    @Autowired AssessmentWork work;
    @Autowired Notifier notifier;
    @Autowired JdbcTemplate jdbc;

    CurrentUser account(String username) {
        return fixtures.account(username);
    }

    Long unit(String abbreviation) {
        return fixtures.unit(abbreviation);
    }

    CompetencyFixtures.Person officerOf(String unit) {
        return fixtures.officerOf(unit);
    }

    static SelfAssessmentForm levels(int year, Integer... levels) {
        return CompetencyFixtures.levels(year, levels);
    }

    long waiting(CurrentUser user, String kind) {
        return work.waitingFor(user).stream().filter(s -> s.kind().equals(kind)).mapToLong(WaitingStep::count)
                .sum();
    }

    @Test
    void aPersonAssessesHimselfFromHisQueueHisUnitHeadReviewsAndTheGapShows() {
        var person = officerOf("TTBC");
        int year = assessments.currentYear();
        assertThat(waiting(person.account(), AssessmentWork.SELF)).isEqualTo(1);

        Long id = assessments.submit(person.account(), levels(year, 3, 3));
        assertThat(waiting(person.account(), AssessmentWork.SELF)).isZero();
        var head = account("truongphong");
        assertThat(assessments.toReview(head)).extracting(AssessmentView::id).contains(id);
        assertThat(notifier.waitingOn("competency:" + id + ":review")).contains(head.id());
        assertThat(work.firstWaiting(head, AssessmentWork.REVIEW, 50)).anyMatch(i -> i.link().equals(
                "/competency/" + id) && i.label().contains(person.name()));

        assertThat(assessments.mayReview(person.account(), id)).isFalse();
        assertThatThrownBy(() -> assessments.review(person.account(), id, new ReviewForm(List.of(5, 5), null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> assessments.review(account("chuyenvien"), id, new ReviewForm(List.of(), null)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> assessments.review(account("phokhoagiao"), id, new ReviewForm(List.of(), null)))
                .isInstanceOf(NotFoundException.class);

        assessments.review(head, id, new ReviewForm(List.of(2), "Cần nâng cao kỹ năng soạn thảo."));
        var reviewed = assessments.view(head, id);
        assertThat(reviewed.status()).isEqualTo(AssessmentStatus.REVIEWED);
        assertThat(reviewed.lines()).extracting(AssessmentView.Line::reviewedLevel).containsExactly(2, 3);
        assertThat(notifier.waitingOn("competency:" + id + ":review")).isEmpty();
        assertThat(assessments.toReview(head)).extracting(AssessmentView::id).doesNotContain(id);
        assertThatThrownBy(() -> assessments.review(head, id, new ReviewForm(List.of(), null)))
                .isInstanceOf(DomainException.class).hasMessage("competency.review.already");
        assertThatThrownBy(() -> assessments.submit(person.account(), levels(year, 4, 4)))
                .isInstanceOf(DomainException.class).hasMessage("competency.already");

        var report = gaps.report(account("vanthu"), year, unit("TTBC"));
        var gap = report.people().stream().filter(p -> p.cadreId().equals(person.cadreId())).findFirst()
                .orElseThrow();
        assertThat(gap.shortfalls()).singleElement().satisfies(s -> {
            assertThat(s.competency()).isEqualTo("Soạn thảo văn bản tham mưu");
            assertThat(s.by()).isEqualTo(2);
        });
        var unitRow = report.units().stream().filter(u -> u.unitId().equals(unit("TTBC"))).findFirst().orElseThrow();
        assertThat(unitRow.falling()).isGreaterThanOrEqualTo(1);
        assertThat(unitRow.levelsMissing()).isGreaterThanOrEqualTo(2);
        assertThat(report.positions()).anyMatch(p -> p.positionId().equals(person.positionId()) && p.falling() == 1
                && p.levelsMissing() == 2);
        // the unit head sees his own unit only; an officer not at all
        assertThat(gaps.report(head, year, null).units()).extracting(GapReport.UnitGap::unitId)
                .containsExactly(unit("TTBC"));
        assertThatThrownBy(() -> gaps.report(head, year, unit("KGVH"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> gaps.report(account("chuyenvien"), year, null))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aUnitHeadsOwnAssessmentGoesToTheLeaders() {
        var head = account("truongphong");
        var sheet = assessments.sheet(head, null);
        assertThat(sheet.framework()).isNotEmpty();
        Long id = sheet.sent() != null ? sheet.sent().id() : assessments.submit(head, new SelfAssessmentForm(
                sheet.year(), sheet.framework().stream().map(c -> new SelfAssessmentForm.Rating(c.level(), null))
                        .toList()));
        assertThat(assessments.mayReview(head, id)).isFalse();
        assertThat(assessments.mayReview(account("lanhdao"), id)).isTrue();
        assertThat(assessments.mayReview(account("phokhoagiao"), id)).isFalse();
    }

    @Test
    void anotherPersonsAssessmentIsAuditedAndHiddenFromColleagues() throws Exception {
        var person = officerOf("KGVH");
        Long id = assessments.submit(person.account(), levels(assessments.currentYear(), 4, 3));
        long before = jdbc.queryForObject("select count(*) from audit_entry where action = 'COMPETENCY_READ' and "
                + "object_id = ? and outcome = 'SUCCESS'", Long.class, String.valueOf(id));
        assessments.view(account("lanhdao"), id);
        assessments.view(person.account(), id);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'COMPETENCY_READ' and "
                + "object_id = ? and outcome = 'SUCCESS'", Long.class, String.valueOf(id))).isEqualTo(before + 1);
        mvc.perform(get("/api/v1/competency/assessments/" + id).with(user(account("dinhthimai"))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/competency/" + id).with(user(account("chuyenvien")))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/competency/assessments/" + id).with(user(person.account())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Soạn thảo văn bản tham mưu")));
    }

    @Test
    void invalidLevelsAreRefusedInVietnameseAndNothingIsWritten() throws Exception {
        var person = officerOf("LLLS");
        int year = assessments.currentYear();
        mvc.perform(post("/api/v1/competency/assessments").with(user(person.account())).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"year\":" + year + ",\"ratings\":[{\"level\":7},"
                        + "{\"level\":3}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Mức năng lực phải từ 1 đến 5")));
        mvc.perform(post("/api/v1/competency/assessments").with(user(person.account())).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"year\":" + year + ",\"ratings\":[{\"level\":3}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Khung năng lực có 2 năng lực")));
        mvc.perform(post("/api/v1/competency/assessments").with(user(person.account())).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"year\":" + (year - 3)
                        + ",\"ratings\":[{\"level\":3},{\"level\":3}]}"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("Chỉ tự đánh giá")));
        mvc.perform(post("/competency").with(user(person.account())).with(csrf()).param("year", "" + year)
                .param("level", "4", "x")).andExpect(status().is(422))
                .andExpect(content().string(containsString("Mức năng lực phải từ 1 đến 5")));
        assertThat(jdbc.queryForObject("select count(*) from competency_assessment where cadre_id = ?", Long.class,
                person.cadreId())).isZero();
        assertThat(assessments.sheet(person.account(), year).open()).isTrue();
    }

    @Test
    void thePagesShowTheSheetTheReviewFormAndTheReport() throws Exception {
        var person = officerOf("TTBC");
        mvc.perform(get("/competency").with(user(person.account()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Soạn thảo văn bản tham mưu")));
        var result = mvc.perform(post("/competency").with(user(person.account())).with(csrf())
                .param("year", "" + assessments.currentYear()).param("level", "2", "3")
                .param("evidence", "Đã soạn 12 văn bản", "")).andExpect(status().is3xxRedirection()).andReturn();
        String location = result.getResponse().getRedirectedUrl();
        var head = account("truongphong");
        mvc.perform(get(location).with(user(head))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Duyệt đánh giá")))
                .andExpect(content().string(containsString("Đã soạn 12 văn bản")));
        mvc.perform(post(location + "/review").with(user(head)).with(csrf()).param("level", "2", "2")
                .param("comment", "Đồng ý")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/competency/gaps").with(user(head))).andExpect(status().isOk())
                .andExpect(content().string(containsString(person.name())));
        mvc.perform(get("/competency/gaps").with(user(account("chuyenvien")))).andExpect(status().isForbidden());
    }
}
