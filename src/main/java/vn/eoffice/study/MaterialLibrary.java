package vn.eoffice.study;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.eoffice.audit.AuditLog;
import vn.eoffice.audit.Outcome;
import vn.eoffice.documents.AttachedFile;
import vn.eoffice.documents.Direction;
import vn.eoffice.documents.DocumentManagement;
import vn.eoffice.documents.DocumentReleased;
import vn.eoffice.documents.DocumentStatus;
import vn.eoffice.documents.Urgency;
import vn.eoffice.documents.outgoing.OutgoingDraft;
import vn.eoffice.documents.outgoing.OutgoingManagement;
import vn.eoffice.files.FileStorage;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.organization.OrganizationDirectory;
import vn.eoffice.platform.DomainException;
import vn.eoffice.platform.NotFoundException;
import vn.eoffice.platform.Secrecy;

/**
 * The study materials: the organiser drafts each version as an internal document (type HD) through the review
 * circuit; a version enters the library once its draft has passed the circuit (approved, signed or released) and
 * keeps that file; the people of the programme download it, each download counted per committee and person.
 */
@Service
@Transactional
public class MaterialLibrary {

    private static final EnumSet<DocumentStatus> PASSED = EnumSet.of(DocumentStatus.APPROVED,
            DocumentStatus.SIGNED, DocumentStatus.RELEASED);

    private final MaterialVersions materials;
    private final MaterialDownloads downloads;
    private final Programmes programmes;
    private final Committees committees;
    private final StudyAccess access;
    private final OutgoingManagement outgoing;
    private final DocumentManagement documents;
    private final FileStorage files;
    private final OrganizationDirectory organization;
    private final JdbcTemplate jdbc;
    private final AuditLog audit;
    private final Clock clock;

    MaterialLibrary(MaterialVersions materials, MaterialDownloads downloads, Programmes programmes,
            Committees committees, StudyAccess access, OutgoingManagement outgoing, DocumentManagement documents,
            FileStorage files, OrganizationDirectory organization, JdbcTemplate jdbc, AuditLog audit, Clock clock) {
        this.materials = materials;
        this.downloads = downloads;
        this.programmes = programmes;
        this.committees = committees;
        this.access = access;
        this.outgoing = outgoing;
        this.documents = documents;
        this.files = files;
        this.organization = organization;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** A file as the caller hands it over: its name and a way to read it (read once, only if the draft is allowed). */
    public record Upload(String name, Supplier<InputStream> content) {
    }

    /**
     * Drafts a new version of a material (the organiser): stores the file, starts an internal draft (type HD) with
     * it in the drafter's name; the drafter then sends it through the review circuit as any draft.
     */
    public MaterialView draft(CurrentUser user, Long programmeId, MaterialForm form, Upload upload) {
        var programme = found(user, programmeId);
        access.requireOrganise(user, programme.getAgencyId(), programmeId, "STUDY_MATERIAL_DRAFT");
        if (programme.getStatus() == ProgrammeStatus.CLOSED) {
            throw new DomainException("study.programme.closed");
        }
        if (upload == null || upload.name() == null || upload.name().isBlank()) {
            throw new DomainException("study.material.file.required");
        }
        int versionNo = materials.lastVersion(programmeId, form.kind(), form.audience()) + 1;
        var stored = files.store(upload.name(), upload.content().get(), user.id());
        var material = materials.save(new Material(programmeId, form, versionNo, stored.id(), stored.name(),
                user.id(), Instant.now(clock)));
        String summary = form.title().trim() + " (" + programme.getTitle() + ")";
        var draft = new OutgoingDraft(Direction.INTERNAL, "HD", summary.length() > 500 ? summary.substring(0, 500)
                : summary, Urgency.NORMAL, Secrecy.NONE, null, List.of(), List.of(), List.of(), null);
        var document = outgoing.draft(user, draft, new AttachedFile(stored.id(), stored.name()), List.of());
        material.drafted(document.getId());
        audit.record("STUDY_MATERIAL_DRAFTED", "STUDY_MATERIAL", material.getId(), form.kind() + " "
                + form.audience() + " v" + versionNo + ", document " + document.getId());
        return material.view(0);
    }

    /** The programme's materials as the user sees them; versions whose draft has passed the circuit are approved. */
    public MaterialShelf shelf(CurrentUser user, Long programmeId) {
        var programme = found(user, programmeId);
        boolean organiser = access.seesEveryCommittee(user, programme);
        var all = materials.findByProgrammeIdOrderByKindAscAudienceAscVersionNoDesc(programmeId);
        all.stream().filter(m -> !m.approved() && m.getDocumentId() != null).forEach(this::approveIfPassed);
        var counts = counts(programmeId, organiser ? null : user.agencyId(), organisationName(programme));
        java.util.function.Function<Material, MaterialView> view = m -> m.view(counts.stream()
                .filter(c -> c.materialId().equals(m.getId())).mapToLong(MaterialShelf.DownloadCount::downloads)
                .sum());
        var library = all.stream().filter(Material::approved).map(view).toList();
        var inReview = organiser ? all.stream().filter(m -> !m.approved()).map(view).toList()
                : List.<MaterialView>of();
        return new MaterialShelf(programme.view(), library, inReview, counts,
                access.mayOrganise(user, programme));
    }

    /** A material's file for download, counted; a version not in the library is only the organiser's to open. */
    public vn.eoffice.files.StoredFile download(CurrentUser user, Long programmeId, Long materialId) {
        var programme = found(user, programmeId);
        var material = materials.findById(materialId).filter(m -> m.getProgrammeId().equals(programmeId))
                .orElseThrow(() -> new NotFoundException("study material " + materialId));
        if (!material.approved() && material.getDocumentId() != null) {
            approveIfPassed(material);
        }
        boolean organiser = access.seesEveryCommittee(user, programme);
        if (!material.approved() && !organiser) {
            audit.recordAttempt("STUDY_MATERIAL_DOWNLOAD", "STUDY_MATERIAL", materialId, null, Outcome.DENIED);
            throw new NotFoundException("study material " + materialId);
        }
        Long committeeId = organiser ? null : committees.findByProgrammeIdAndAgencyId(programmeId, user.agencyId())
                .map(StudyCommittee::getId).orElse(null);
        downloads.save(new MaterialDownload(materialId, committeeId, user.agencyId(), user.id(), Instant.now(clock)));
        audit.record("STUDY_MATERIAL_DOWNLOADED", "STUDY_MATERIAL", materialId, material.getFileName());
        return files.find(material.getFileId());
    }

    /** A released document may be a material's draft: its version enters the library at once. */
    @EventListener
    void on(DocumentReleased event) {
        materials.findByDocumentId(event.documentId()).forEach(m -> m.approve(Instant.now(clock)));
    }

    private void approveIfPassed(Material material) {
        documents.findSnapshot(material.getDocumentId()).filter(d -> PASSED.contains(d.status()))
                .ifPresent(d -> {
                    material.approve(Instant.now(clock));
                    audit.record("STUDY_MATERIAL_APPROVED", "STUDY_MATERIAL", material.getId(), "document "
                            + d.id() + " " + d.status());
                });
    }

    private List<MaterialShelf.DownloadCount> counts(Long programmeId, Long agencyId, String organiserName) {
        String sql = """
                select d.material_id, m.title, d.committee_id, c.name, count(*), count(distinct d.user_id)
                from study_material_download d
                join study_material m on m.id = d.material_id
                left join study_committee c on c.id = d.committee_id
                where m.programme_id = ?%s
                group by d.material_id, m.title, d.committee_id, c.name
                order by c.name, d.material_id""".formatted(agencyId == null ? "" : " and d.agency_id = ?");
        Object[] args = agencyId == null ? new Object[] { programmeId } : new Object[] { programmeId, agencyId };
        return jdbc.query(sql, (rs, n) -> new MaterialShelf.DownloadCount(rs.getLong(1),
                rs.getString(2), rs.getObject(3) == null ? null : rs.getLong(3), rs.getString(4) == null
                        ? organiserName : rs.getString(4), rs.getLong(5), rs.getLong(6)), args);
    }

    private String organisationName(StudyProgramme programme) {
        return organization.agency(programme.getAgencyId()).name();
    }

    private StudyProgramme found(CurrentUser user, Long programmeId) {
        return access.visible(user, programmes.findById(programmeId)
                .orElseThrow(() -> new NotFoundException("study programme " + programmeId)));
    }
}
