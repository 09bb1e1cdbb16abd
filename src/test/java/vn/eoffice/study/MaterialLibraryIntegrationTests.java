package vn.eoffice.study;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import vn.eoffice.IntegrationTest;
import vn.eoffice.documents.outgoing.CircuitStep;
import vn.eoffice.documents.outgoing.ReviewCircuit;
import vn.eoffice.documents.outgoing.ReviewStep;
import vn.eoffice.platform.DomainException;
import vn.eoffice.platform.NotFoundException;
import vn.eoffice.platform.PdfLayout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A material goes through the documents' review circuit before the committees see it; every download is counted per
 * committee and person; someone outside the programme, or a committee before approval, gets "not found"; a new
 * version goes through the circuit again while the approved one stays in the library.
 */
@IntegrationTest
class MaterialLibraryIntegrationTests {

    @Autowired StudyFixtures fixtures;
    @Autowired StudyProgrammes programmes;
    @Autowired MaterialLibrary library;
    @Autowired StudyFigures figures;
    @Autowired ReviewCircuit circuit;

    static MaterialLibrary.Upload pdf(String name) {
        byte[] bytes = PdfLayout.a4(false).centred("ĐỀ CƯƠNG GIỚI THIỆU NGHỊ QUYẾT", PdfLayout.Style.BOLD, 14)
                .bytes();
        return new MaterialLibrary.Upload(name, () -> new ByteArrayInputStream(bytes));
    }

    @Test
    void aMaterialReachesTheLibraryOnlyOnceItsDraftHasPassedTheCircuit() {
        var p = fixtures.province();
        var programme = programmes.plan(p.officer(), StudyFixtures.form(p.communeIds()));
        programmes.open(p.leader(), programme.id());
        var form = new MaterialForm(MaterialKind.OUTLINE, Audience.PARTY_MEMBERS, "Đề cương giới thiệu Nghị quyết");

        assertThatThrownBy(() -> library.draft(p.first().clerk(), programme.id(), form, pdf("de-cuong.pdf")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> library.draft(p.officer(), programme.id(), form, null))
                .isInstanceOf(DomainException.class).hasMessage("study.material.file.required");
        var drafted = library.draft(p.officer(), programme.id(), form, pdf("de-cuong.pdf"));
        assertThat(drafted.documentId()).isNotNull();
        assertThat(drafted.approved()).isFalse();

        var clerk = p.first().clerk();
        assertThat(library.shelf(clerk, programme.id()).library()).isEmpty();
        assertThat(library.shelf(clerk, programme.id()).inReview()).isEmpty();
        assertThat(library.shelf(p.officer(), programme.id()).inReview()).extracting(MaterialView::id)
                .containsExactly(drafted.id());
        assertThatThrownBy(() -> library.download(clerk, programme.id(), drafted.id()))
                .isInstanceOf(NotFoundException.class);

        circuit.submit(p.officer(), drafted.documentId(), List.of(new CircuitStep(1, ReviewStep.Kind.APPROVAL,
                p.leader().id())));
        assertThat(library.shelf(clerk, programme.id()).library()).isEmpty();
        circuit.decide(p.leader(), drafted.documentId(), true, null);

        var shelf = library.shelf(clerk, programme.id());
        assertThat(shelf.library()).singleElement().satisfies(m -> {
            assertThat(m.approved()).isTrue();
            assertThat(m.versionNo()).isEqualTo(1);
            assertThat(m.audience()).isEqualTo(Audience.PARTY_MEMBERS);
        });
        assertThat(library.download(clerk, programme.id(), drafted.id()).name()).isEqualTo("de-cuong.pdf");

        // a second version goes through the circuit again; the approved one stays in the library meanwhile
        var second = library.draft(p.officer(), programme.id(), form, pdf("de-cuong-2.pdf"));
        assertThat(second.versionNo()).isEqualTo(2);
        assertThat(library.shelf(clerk, programme.id()).library()).extracting(MaterialView::id)
                .containsExactly(drafted.id());
    }

    @Test
    void everyDownloadIsCountedPerCommitteeAndPersonAndOutsidersGetNotFound() {
        var p = fixtures.province();
        var programme = programmes.plan(p.officer(), StudyFixtures.form(p.communeIds()));
        var drafted = library.draft(p.officer(), programme.id(), new MaterialForm(MaterialKind.SHORT,
                Audience.PEOPLE, "Tài liệu rút gọn cho nhân dân"), pdf("rut-gon.pdf"));
        circuit.submit(p.officer(), drafted.documentId(), List.of(new CircuitStep(1, ReviewStep.Kind.APPROVAL,
                p.leader().id())));
        circuit.decide(p.leader(), drafted.documentId(), true, null);

        library.download(p.first().clerk(), programme.id(), drafted.id());
        library.download(p.first().clerk(), programme.id(), drafted.id());
        library.download(p.first().leader(), programme.id(), drafted.id());
        library.download(p.second().clerk(), programme.id(), drafted.id());
        var outsider = fixtures.province().first().clerk();
        assertThatThrownBy(() -> library.download(outsider, programme.id(), drafted.id()))
                .isInstanceOf(NotFoundException.class);

        var all = library.shelf(p.officer(), programme.id());
        var first = all.downloads().stream().filter(d -> d.committee().equals(p.first().name())).findFirst()
                .orElseThrow();
        assertThat(first.downloads()).isEqualTo(3);
        assertThat(first.people()).isEqualTo(2);
        assertThat(all.library()).singleElement().extracting(MaterialView::downloads).isEqualTo(4L);
        var own = library.shelf(p.second().clerk(), programme.id());
        assertThat(own.downloads()).extracting(MaterialShelf.DownloadCount::committee)
                .containsExactly(p.second().name());
        assertThat(own.library()).singleElement().extracting(MaterialView::downloads).isEqualTo(1L);

        var counted = figures.programme(p.officer(), programme.id(), "Tổng");
        assertThat(counted.total().downloads()).isEqualTo(4);
    }
}
