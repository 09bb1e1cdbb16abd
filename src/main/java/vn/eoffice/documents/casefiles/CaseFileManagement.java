package vn.eoffice.documents.casefiles;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.eoffice.audit.AuditLog;
import vn.eoffice.audit.Outcome;
import vn.eoffice.documents.Document;
import vn.eoffice.documents.exports.VisibleDocuments;
import vn.eoffice.identity.AccessControl;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.identity.Permission;
import vn.eoffice.identity.ProtectedObject;
import vn.eoffice.identity.Role;
import vn.eoffice.identity.UserManagement;
import vn.eoffice.organization.OrganizationDirectory;
import vn.eoffice.platform.DomainException;
import vn.eoffice.platform.NotFoundException;
import vn.eoffice.platform.Secrecy;

/**
 * The yearly file list and the documents kept in each file. A file belongs to its owner's unit for the access rule.
 * A document is kept in at most one file per year (the original goes to one file when the year's files are handed
 * to the archive), and only an open file takes or gives up documents.
 */
@Service
@Transactional
public class CaseFileManagement {

    private final CaseFiles files;
    private final CaseFileEntries entries;
    private final VisibleDocuments documents;
    private final AccessControl access;
    private final UserManagement users;
    private final OrganizationDirectory organization;
    private final AuditLog audit;
    private final Clock clock;

    CaseFileManagement(CaseFiles files, CaseFileEntries entries, VisibleDocuments documents, AccessControl access,
            UserManagement users, OrganizationDirectory organization, AuditLog audit, Clock clock) {
        this.files = files;
        this.entries = entries;
        this.documents = documents;
        this.access = access;
        this.users = users;
        this.organization = organization;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * What a viewer sees of a file's documents: the visible ones in order, and how many others of a secrecy they are
     * cleared for are hidden from them (secret documents beyond their clearance are not counted).
     */
    public record Contents(List<Document> documents, int hidden) {
    }

    public static ProtectedObject protection(CaseFile file) {
        return new ProtectedObject(file.getAgencyId(), file.getOwnerUnitId(), Secrecy.NONE,
                Set.of(file.getOwnerUserId()), Set.of());
    }

    public static boolean mayCreate(CurrentUser user) {
        return user.hasRole(Role.CLERK) || user.hasRole(Role.UNIT_HEAD) || user.hasRole(Role.LEADER);
    }

    @Transactional(readOnly = true)
    public List<CaseFile> list(CurrentUser user, int year) {
        return files.findByAgencyIdAndYearOrderByCodeAsc(user.agencyId(), year).stream()
                .filter(f -> access.may(user, Permission.VIEW, protection(f))).toList();
    }

    public CaseFile create(CurrentUser user, CaseFileForm form) {
        if (!mayCreate(user)) {
            throw new AccessDeniedException("case files");
        }
        var owner = users.summary(form.ownerUserId());
        if (!user.agencyId().equals(owner.agencyId())) {
            throw new DomainException("caseFile.owner.invalid");
        }
        Long unitId = form.ownerUnitId() != null ? form.ownerUnitId() : owner.unitId();
        if (unitId != null && !user.agencyId().equals(organization.unit(unitId).agencyId())) {
            throw new DomainException("caseFile.owner.invalid");
        }
        String code = form.code().trim();
        if (files.existsByAgencyIdAndYearAndCodeIgnoreCase(user.agencyId(), form.year(), code)) {
            throw new DomainException("caseFile.code.taken", code, String.valueOf(form.year()));
        }
        var file = new CaseFile(user.agencyId(), form.year(), code, form.title().trim(), form.retentionYears(),
                owner.id(), unitId, blankToNull(form.note()), clock.instant());
        if (!user.hasRole(Role.LEADER)) {
            access.check(user, Permission.EDIT, protection(file), "CASE_FILE", code);
        }
        var saved = files.save(file);
        audit.record("CASE_FILE_CREATED", "CASE_FILE", saved.getId(), saved.getYear() + " " + code + " " + saved.getTitle());
        return saved;
    }

    @Transactional(readOnly = true)
    public CaseFile get(CurrentUser user, Long id) {
        var file = files.findById(id).orElseThrow(() -> new NotFoundException("case file " + id));
        if (!access.may(user, Permission.VIEW, protection(file))) {
            throw new NotFoundException("case file " + id);
        }
        return file;
    }

    @Transactional(readOnly = true)
    public boolean mayEdit(CurrentUser user, CaseFile file) {
        return access.may(user, Permission.EDIT, protection(file));
    }

    @Transactional(readOnly = true)
    public Contents contents(CurrentUser user, Long id) {
        get(user, id);
        var list = entries.findByCaseFileIdOrderByPositionAsc(id);
        var visible = documents.withIds(user, list.stream().map(CaseFileEntry::getDocumentId).toList());
        var positions = new java.util.HashMap<Long, Integer>();
        list.forEach(e -> positions.put(e.getDocumentId(), e.getPosition()));
        var ordered = visible.stream().sorted(Comparator.comparing(d -> positions.get(d.getId()))).toList();
        // hidden ones are counted only among those the viewer is cleared for: a secret document leaves no trace
        long known = documents.countKnownOf(user, list.stream().map(CaseFileEntry::getDocumentId).toList());
        return new Contents(ordered, (int) (known - ordered.size()));
    }

    /** Documents the person may see and could add, found by number/symbol or summary. */
    @Transactional(readOnly = true)
    public Page<Document> candidates(CurrentUser user, String text, Pageable pageable) {
        return documents.search(user, text, pageable);
    }

    public void addDocument(CurrentUser user, Long id, Long documentId) {
        var file = editable(user, id);
        file.requireOpen();
        if (documentId == null || !documents.isVisible(user, documentId)) {
            throw new DomainException("caseFile.document.notFound");
        }
        entries.findByDocumentIdAndYear(documentId, file.getYear()).ifPresent(existing -> {
            var other = files.findById(existing.getCaseFileId()).orElseThrow();
            throw new DomainException("caseFile.document.alreadyFiled", other.getCode(),
                    String.valueOf(other.getYear()));
        });
        int position = entries.findByCaseFileIdOrderByPositionAsc(id).stream()
                .mapToInt(CaseFileEntry::getPosition).max().orElse(0) + 1;
        entries.save(new CaseFileEntry(file, documentId, user.id(), clock.instant(), position));
        audit.record("CASE_FILE_DOCUMENT_ADDED", "CASE_FILE", id, "document " + documentId);
    }

    public void removeDocument(CurrentUser user, Long id, Long documentId) {
        var file = editable(user, id);
        file.requireOpen();
        var entry = entries.findByCaseFileIdAndDocumentId(id, documentId)
                .orElseThrow(() -> new NotFoundException("document " + documentId + " in case file " + id));
        entries.delete(entry);
        audit.record("CASE_FILE_DOCUMENT_REMOVED", "CASE_FILE", id, "document " + documentId);
    }

    public CaseFile close(CurrentUser user, Long id) {
        var file = editable(user, id);
        file.requireOpen();
        if (entries.countByCaseFileId(id) == 0) {
            throw new DomainException("caseFile.close.empty");
        }
        file.close(user.id(), clock.instant());
        audit.record("CASE_FILE_CLOSED", "CASE_FILE", id, file.getCode());
        return file;
    }

    /** Only a leader reopens a closed file, and says why (kept in the audit trail). */
    public CaseFile reopen(CurrentUser user, Long id, String reason) {
        var file = get(user, id);
        if (!user.hasRole(Role.LEADER)) {
            audit.recordAttempt("CASE_FILE_REOPENED", "CASE_FILE", id, null, Outcome.DENIED);
            throw new AccessDeniedException("reopen " + id);
        }
        if (reason == null || reason.isBlank()) {
            throw new DomainException("caseFile.reopen.reasonRequired");
        }
        if (reason.length() > 500) {
            throw new DomainException("caseFile.reopen.reasonTooLong");
        }
        file.reopen();
        audit.record("CASE_FILE_REOPENED", "CASE_FILE", id, file.getCode() + ": " + reason.trim());
        return file;
    }

    private CaseFile editable(CurrentUser user, Long id) {
        var file = files.lockById(id).filter(f -> access.may(user, Permission.VIEW, protection(f)))
                .orElseThrow(() -> new NotFoundException("case file " + id));
        access.check(user, Permission.EDIT, protection(file), "CASE_FILE", id);
        return file;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
