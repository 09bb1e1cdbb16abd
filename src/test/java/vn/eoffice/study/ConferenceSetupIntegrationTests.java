package vn.eoffice.study;

import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.eoffice.IntegrationTest;
import vn.eoffice.OfficeDate;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.meetings.Conferences;
import vn.eoffice.meetings.PointReadiness;
import vn.eoffice.meetings.ReadinessItem;
import vn.eoffice.meetings.ReadinessLine;
import vn.eoffice.meetings.TechStatus;
import vn.eoffice.platform.DomainException;
import vn.eoffice.platform.NotFoundException;
import vn.eoffice.platform.WaitingWork;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The programme's conference: a point per committee, each committee's clerk told and running its own readiness
 * checklist (refused for another commune), the organiser seeing every point, the queues following the checks.
 */
@IntegrationTest
class ConferenceSetupIntegrationTests {

    @Autowired StudyFixtures fixtures;
    @Autowired StudyProgrammes programmes;
    @Autowired ConferenceSetup conferences;
    @Autowired Conferences meetingPoints;
    @Autowired List<WaitingWork> work;

    static List<ReadinessLine> allOk() {
        return Arrays.stream(ReadinessItem.values()).map(i -> new ReadinessLine(i, true, null)).toList();
    }

    private long waiting(CurrentUser user, String kind) {
        return work.stream().flatMap(w -> w.waitingFor(user).stream()).filter(s -> s.kind().equals(kind))
                .mapToLong(s -> s.count()).sum();
    }

    @Test
    void eachCommitteeChecksItsOwnPointAndTheOrganiserSeesThemAll() {
        var p = fixtures.province();
        var programme = programmes.plan(p.leader(), StudyFixtures.form(p.communeIds()));
        programmes.open(p.leader(), programme.id());
        var form = new ConferenceForm(OfficeDate.today().plusDays(1), LocalTime.of(8, 0), LocalTime.of(11, 0),
                "Hội trường");
        assertThatThrownBy(() -> conferences.create(p.officer(), programme.id(), form))
                .isInstanceOf(DomainException.class).hasMessage("study.conference.notScheduler");
        assertThatThrownBy(() -> conferences.create(p.leader(), programme.id(), new ConferenceForm(form.day(),
                LocalTime.of(9, 0), LocalTime.of(8, 0), null))).isInstanceOf(DomainException.class)
                .hasMessage("study.conference.endBeforeStart");

        var page = conferences.create(p.leader(), programme.id(), form);
        assertThat(programmes.view(p.leader(), programme.id()).meetingId()).isEqualTo(page.meetingId());
        assertThat(page.points()).hasSize(3);
        assertThat(page.committeePoints()).isEqualTo(2);
        assertThat(page.ready()).isZero();

        var first = p.first().clerk();
        var own = conferences.page(first, programme.id()).points();
        assertThat(own).singleElement().satisfies(r -> {
            assertThat(r.point().agencyId()).isEqualTo(p.first().agencyId());
            assertThat(r.mayCheck()).isTrue();
        });
        assertThat(meetingPoints.points(first, page.meetingId())).hasSize(3);
        assertThat(waiting(first, "queue.meeting.READINESS")).isEqualTo(1);
        assertThat(waiting(p.leader(), "queue.study.NOT_READY")).isEqualTo(2);

        Long pointId = own.get(0).point().id();
        assertThatThrownBy(() -> conferences.check(first, programme.id(), pointId, allOk().subList(0, 4)))
                .isInstanceOf(DomainException.class).hasMessage("meeting.readiness.incomplete");
        var noNote = allOk().stream().map(l -> l.item() == ReadinessItem.SOUND ? new ReadinessLine(l.item(), false,
                " ") : l).toList();
        assertThatThrownBy(() -> conferences.check(first, programme.id(), pointId, noNote))
                .isInstanceOf(DomainException.class).hasMessage("meeting.readiness.noteRequired");
        assertThatThrownBy(() -> conferences.check(p.second().clerk(), programme.id(), pointId, allOk()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> conferences.check(p.first().officer(), programme.id(), pointId, allOk()))
                .isInstanceOf(NotFoundException.class);

        conferences.check(first, programme.id(), pointId, allOk());
        assertThat(waiting(first, "queue.meeting.READINESS")).isZero();
        assertThat(waiting(p.leader(), "queue.study.NOT_READY")).isEqualTo(1);

        var second = conferences.page(p.second().leader(), programme.id()).points().get(0);
        conferences.check(p.second().leader(), programme.id(), second.point().id(), noNote.stream()
                .map(l -> l.ok() ? l : new ReadinessLine(l.item(), false, "Loa rè")).toList());
        var all = conferences.page(p.leader(), programme.id());
        assertThat(all.ready()).isEqualTo(1);
        assertThat(all.points()).filteredOn(r -> !r.point().main()).extracting(r -> r.point().techStatus())
                .containsExactlyInAnyOrder(TechStatus.PASSED, TechStatus.FAILED);
        assertThat(all.points()).filteredOn(r -> r.point().id().equals(second.point().id()))
                .singleElement().extracting(PointReadiness::ready).isEqualTo(false);
        assertThatThrownBy(() -> conferences.create(p.leader(), programme.id(), form))
                .isInstanceOf(DomainException.class).hasMessage("study.conference.exists");
    }
}
