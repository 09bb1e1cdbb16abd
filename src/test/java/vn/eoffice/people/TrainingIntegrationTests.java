package vn.eoffice.people;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

import vn.eoffice.IntegrationTest;
import vn.eoffice.files.TestFiles;
import vn.eoffice.files.FileStorage;
import vn.eoffice.platform.DomainException;

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
 * Courses and training plans: a plan drafted from a reviewed gap and an unmet theory standard, redrafted without
 * doubles, adjusted, approved, and done by the person's own course; validation and who may read.
 */
@IntegrationTest
@AutoConfigureMockMvc
class TrainingIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired CompetencyFixtures fixtures;
    @Autowired CompetencyAssessments assessments;
    @Autowired TrainingPlans plans;
    @Autowired CompetencyGaps gaps;
    @Autowired TrainingRecords records;
    @Autowired FileStorage storage;

    @Test
    void aPlanTakesTheGapAndTheUnmetStandardIsApprovedAndDoneByTheCourseTaken() throws Exception {
        var person = fixtures.officerOf("TTBC");
        int year = assessments.currentYear();
        Long id = assessments.submit(person.account(), CompetencyFixtures.levels(year, 3, 3));
        assessments.review(fixtures.account("truongphong"), id, new ReviewForm(List.of(2, 3), null));
        var clerk = fixtures.account("vanthu");
        int next = year + 1;

        Long planId = plans.draft(clerk, fixtures.unit("TTBC"), next);
        var items = plans.plan(clerk, planId).items().stream().filter(i -> i.cadreId().equals(person.cadreId()))
                .toList();
        assertThat(items).extracting(PlanView.Item::reason, PlanView.Item::kind, PlanView.Item::topic)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(ItemReason.GAP, CourseKind.PROFESSIONAL,
                                "Bồi dưỡng: Soạn thảo văn bản tham mưu"),
                        org.assertj.core.groups.Tuple.tuple(ItemReason.STANDARD, CourseKind.POLITICAL_THEORY,
                                "Lý luận chính trị trung cấp"));
        int planned = plans.plan(clerk, planId).items().size();
        assertThat(plans.draft(clerk, fixtures.unit("TTBC"), next)).isEqualTo(planId);
        assertThat(plans.plan(clerk, planId).items()).hasSize(planned);

        assertThatThrownBy(() -> plans.addItem(clerk, planId, new PlanItemForm(person.cadreId(), CourseKind.IT,
                "Tin học văn phòng", LocalDate.of(year, 12, 1)))).hasMessage("training.deadline.year");
        var other = fixtures.officerOf("KGVH");
        assertThatThrownBy(() -> plans.addItem(clerk, planId, new PlanItemForm(other.cadreId(), CourseKind.IT,
                "Tin học văn phòng", LocalDate.of(next, 6, 1)))).hasMessage("training.cadre.notInUnit");
        Long manual = plans.addItem(clerk, planId, new PlanItemForm(person.cadreId(), CourseKind.IT,
                "Tin học văn phòng nâng cao", LocalDate.of(next, 6, 1)));
        var gapItem = items.stream().filter(i -> i.reason() == ItemReason.GAP).findFirst().orElseThrow();
        Long course = records.add(clerk, person.cadreId(), new CourseForm(CourseKind.PROFESSIONAL,
                "Kỹ năng soạn thảo văn bản của Đảng", "Trường Chính trị tỉnh Điện Biên", LocalDate.of(year, 9, 4),
                LocalDate.of(year, 9, 15), "Giỏi", null));
        assertThatThrownBy(() -> plans.markDone(clerk, planId, gapItem.id(), course))
                .hasMessage("training.plan.notApproved");
        assertThatThrownBy(() -> plans.addItem(fixtures.account("truongphong"), planId, new PlanItemForm(
                person.cadreId(), CourseKind.IT, "Tin học", LocalDate.of(next, 6, 1))))
                .isInstanceOfAny(AccessDeniedException.class, vn.eoffice.platform.NotFoundException.class);

        plans.approve(clerk, planId);
        assertThatThrownBy(() -> plans.removeItem(clerk, planId, manual)).hasMessage("training.plan.approved");
        Long othersCourse = records.add(clerk, other.cadreId(), new CourseForm(CourseKind.PROFESSIONAL,
                "Khóa khác", "Trường Chính trị tỉnh Điện Biên", LocalDate.of(year, 9, 4), LocalDate.of(year, 9, 15),
                null, null));
        assertThatThrownBy(() -> plans.markDone(clerk, planId, gapItem.id(), othersCourse))
                .hasMessage("training.item.otherPersonsCourse");
        var before = plans.completion(fixtures.unit("TTBC"), next);
        plans.markDone(clerk, planId, gapItem.id(), course);
        var after = plans.completion(fixtures.unit("TTBC"), next);
        assertThat(after.planned()).isEqualTo(before.planned()).isEqualTo(planned + 1);
        assertThat(after.done()).isEqualTo(before.done() + 1);
        assertThat(after.percent()).isEqualTo((int) (after.done() * 100 / after.planned()));
        assertThatThrownBy(() -> plans.markDone(clerk, planId, gapItem.id(), course))
                .hasMessage("training.item.alreadyDone");
        assertThat(plans.plans(clerk, next)).anyMatch(p -> planId.equals(p.planId())
                && p.status() == PlanStatus.APPROVED && p.completion().equals(after));
    }

    @Test
    void coursesAreValidatedInVietnameseAndSeenOnlyLikeTheRecord() throws Exception {
        var person = fixtures.officerOf("DVNN");
        var clerk = fixtures.account("vanthu");
        String path = "/api/v1/people/" + person.cadreId() + "/courses";
        mvc.perform(post(path).with(user(clerk)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"kind\":\"IT\",\"institution\":\"Sở Thông tin\",\"from\":\"2026-03-10\","
                        + "\"to\":\"2026-03-01\",\"name\":\"Tin học\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Ngày kết thúc không được trước ngày bắt đầu")));
        mvc.perform(post(path).with(user(clerk)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"kind\":\"IT\",\"from\":\"2026-03-01\",\"to\":\"2026-03-10\"}"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("Nhập tên khóa học")));
        assertThat(records.courses(clerk, person.cadreId())).isEmpty();

        Long file = storage.store("chung-chi.pdf", new ByteArrayInputStream(TestFiles.pdf("Chứng chỉ tin học")),
                clerk.id()).id();
        mvc.perform(post(path).with(user(clerk)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"kind\":\"IT\",\"name\":\"Ứng dụng CNTT cơ bản\",\"institution\":\"Trung tâm Tin học\","
                        + "\"from\":\"2026-03-01\",\"to\":\"2026-03-10\",\"certificateFileId\":" + file + "}"))
                .andExpect(status().isCreated());
        Long notMine = storage.store("khac.pdf", new ByteArrayInputStream(TestFiles.pdf("Tệp khác")),
                person.account().id()).id();
        assertThatThrownBy(() -> records.add(clerk, person.cadreId(), new CourseForm(CourseKind.IT, "Khóa",
                "Trường", LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 6), null, notMine)))
                .isInstanceOf(DomainException.class).hasMessage("training.certificate.unknown");
        var courses = records.courses(person.account(), person.cadreId());
        assertThat(courses).singleElement().satisfies(c -> assertThat(c.certificateName()).isEqualTo("chung-chi.pdf"));

        mvc.perform(get(path).with(user(fixtures.account("chuyenvien")))).andExpect(status().isNotFound());
        mvc.perform(get("/people/" + person.cadreId() + "/courses/" + courses.get(0).id() + "/certificate")
                .with(user(person.account()))).andExpect(status().isOk());
        mvc.perform(get("/people/" + person.cadreId() + "/courses/" + courses.get(0).id() + "/certificate")
                .with(user(fixtures.account("chuyenvien")))).andExpect(status().isNotFound());
        mvc.perform(get("/people/" + person.cadreId() + "/courses").with(user(person.account())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Ứng dụng CNTT cơ bản")));
        mvc.perform(get("/api/v1/training/plans").with(user(fixtures.account("chuyenvien"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/training").with(user(fixtures.account("lanhdao")))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Kế hoạch đào tạo, bồi dưỡng năm")));
    }

    @Test
    void theDemoHasLastYearsGapsAndAnApprovedPlanPartlyDone() {
        var clerk = fixtures.account("vanthu");
        int year = assessments.currentYear();
        assertThat(gaps.report(clerk, year - 1, null).people()).isNotEmpty()
                .allMatch(p -> p.levelsMissing() > 0);
        var theory = plans.plans(clerk, year).stream().filter(p -> p.unitId().equals(fixtures.unit("LLLS")))
                .findFirst().orElseThrow();
        assertThat(theory.status()).isEqualTo(PlanStatus.APPROVED);
        assertThat(theory.completion().done()).isPositive();
        assertThat(theory.completion().percent()).isBetween(1, 100);
        var duties = byPlan(clerk, year).stream().filter(i -> i.reason() == ItemReason.DUTY).toList();
        assertThat(duties).as("leaders' knowledge updates in this year's plans").isNotEmpty()
                .allSatisfy(i -> assertThat(i.deadline()).isEqualTo(LocalDate.of(year, 11, 30)));
    }

    private List<PlanView.Item> byPlan(vn.eoffice.identity.CurrentUser clerk, int year) {
        return plans.plans(clerk, year).stream().filter(p -> p.planId() != null)
                .flatMap(p -> plans.plan(clerk, p.planId()).items().stream()).toList();
    }

    @Test
    void theOfficeSeesWhatItMayStillDoOnADraftAndOnAnApprovedPlan() throws Exception {
        var clerk = fixtures.account("vanthu");
        int year = assessments.currentYear();
        var byUnit = plans.plans(clerk, year);
        var approved = byUnit.stream().filter(p -> p.status() == PlanStatus.APPROVED).findFirst().orElseThrow();
        var draft = byUnit.stream().filter(p -> p.status() == PlanStatus.DRAFT).findFirst().orElseThrow();
        mvc.perform(get("/training/" + draft.planId()).with(user(clerk))).andExpect(status().isOk())
                .andExpect(content().string(containsString("/training/" + draft.planId() + "/approve")));
        mvc.perform(get("/training/" + approved.planId()).with(user(clerk))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(
                        containsString("/training/" + approved.planId() + "/approve"))));
    }
}
