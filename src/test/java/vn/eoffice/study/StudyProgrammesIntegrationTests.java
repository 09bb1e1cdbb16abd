package vn.eoffice.study;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import vn.eoffice.IntegrationTest;
import vn.eoffice.monitoring.CommitteeProgramme;
import vn.eoffice.platform.DomainException;
import vn.eoffice.platform.NotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The commission plans a study programme for the committees under the province: only hosted committees in force take
 * part, each committee sees its own row only, and someone outside the programme learns nothing of it.
 */
@IntegrationTest
class StudyProgrammesIntegrationTests {

    @Autowired StudyFixtures fixtures;
    @Autowired StudyProgrammes programmes;

    @Test
    void commissionPlansAndOpensAProgrammeForItsCommunes() {
        var province = fixtures.province();
        var planned = programmes.plan(province.officer(), StudyFixtures.form(province.communeIds()));

        assertThat(planned.status()).isEqualTo(ProgrammeStatus.DRAFT);
        assertThat(programmes.committees(province.officer(), planned.id())).extracting(CommitteeView::agencyId)
                .containsExactlyInAnyOrderElementsOf(province.communeIds());
        assertThat(programmes.open(province.leader(), planned.id()).status()).isEqualTo(ProgrammeStatus.OPEN);
        assertThatThrownBy(() -> programmes.open(province.leader(), planned.id()))
                .isInstanceOf(DomainException.class).hasMessage("study.programme.status.illegal");
    }

    @Test
    void openingAsksEveryCommitteeForItsActionProgrammeThroughMonitoring() {
        var province = fixtures.province();
        var planned = programmes.plan(province.officer(), StudyFixtures.form(province.communeIds()));
        assertThat(programmes.actionProgrammes(province.officer(), planned.id())).isEmpty();

        var opened = programmes.open(province.leader(), planned.id());

        assertThat(opened.resolutionId()).isNotNull();
        assertThat(programmes.actionProgrammes(province.officer(), planned.id()))
                .extracting(CommitteeProgramme::committeeId, CommitteeProgramme::dueOn, CommitteeProgramme::submittedOn)
                .containsExactlyInAnyOrder(tuple(province.first().agencyId(), planned.actionProgrammeDue(), null),
                        tuple(province.second().agencyId(), planned.actionProgrammeDue(), null));
        assertThat(programmes.actionProgrammes(province.first().clerk(), planned.id()))
                .extracting(CommitteeProgramme::committeeId).containsExactly(province.first().agencyId());
    }

    @Test
    void aCommuneSeesTheProgrammeAndOnlyItsOwnCommittee() {
        var province = fixtures.province();
        var planned = programmes.plan(province.officer(), StudyFixtures.form(province.communeIds()));
        var clerk = province.first().clerk();

        assertThat(programmes.list(clerk)).extracting(ProgrammeView::id).contains(planned.id());
        assertThat(programmes.committees(clerk, planned.id())).extracting(CommitteeView::agencyId)
                .containsExactly(province.first().agencyId());
        assertThatThrownBy(() -> programmes.plan(clerk, StudyFixtures.form(province.communeIds())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void someoneOutsideTheProgrammeLearnsNothingOfIt() {
        var province = fixtures.province();
        var planned = programmes.plan(province.officer(), StudyFixtures.form(java.util.List.of(
                province.first().agencyId())));
        var outsider = province.second().leader();

        assertThat(programmes.list(outsider)).extracting(ProgrammeView::id).doesNotContain(planned.id());
        assertThatThrownBy(() -> programmes.view(outsider, planned.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> programmes.committees(outsider, planned.id()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void onlyHostedCommitteesTakePartAndTheDatesFollowEachOther() {
        var province = fixtures.province();
        assertThatThrownBy(() -> programmes.plan(province.officer(), StudyFixtures.form(java.util.List.of(
                province.externalId())))).isInstanceOf(DomainException.class)
                .hasMessage("study.committee.notHosted");

        var form = StudyFixtures.form(province.communeIds());
        var backwards = new ProgrammeForm(form.title(), form.kind(), form.notation(), form.issuer(), form.issuedOn(),
                form.audiences(), form.levels(), form.reflectionAudiences(), form.studyFrom(),
                form.studyFrom().minusDays(1), form.reflectionDue(), form.actionProgrammeDue(), form.committeeIds());
        assertThatThrownBy(() -> programmes.plan(province.officer(), backwards)).isInstanceOf(DomainException.class)
                .hasMessage("study.studyUntil.beforeFrom");
        assertThat(programmes.list(province.officer())).isEmpty();
    }
}
