package vn.eoffice.study;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;

import jakarta.validation.Validator;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.eoffice.audit.AuditLog;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.organization.OrganizationDirectory;
import vn.eoffice.organization.SearchText;
import vn.eoffice.platform.DomainException;
import vn.eoffice.platform.NotFoundException;

/**
 * A committee's roster of Party members by cell: its clerk and leaders keep it (by hand or by importing a file), the
 * commission organising a programme it takes part in reads it. Every write is audited.
 */
@Service
@Transactional
public class PartyMemberRoster {

    static final int PAGE_SIZE = 50;

    private final PartyMembers members;
    private final LearnerAccess access;
    private final AuditLog audit;
    private final Validator validator;
    private final Committees committees;
    private final OrganizationDirectory organization;
    private final Programmes programmes;

    PartyMemberRoster(PartyMembers members, LearnerAccess access, AuditLog audit, Validator validator,
            Committees committees, OrganizationDirectory organization, Programmes programmes) {
        this.programmes = programmes;
        this.members = members;
        this.access = access;
        this.audit = audit;
        this.validator = validator;
        this.committees = committees;
        this.organization = organization;
    }

    /** A committee whose roster the user may read, with its name. */
    public record Roster(Long agencyId, String name) {
    }

    /** The rosters the user reads: his own committee's, and those of the committees in programmes he organises. */
    @Transactional(readOnly = true)
    public List<Roster> rosters(CurrentUser user) {
        var ids = new java.util.LinkedHashSet<Long>();
        ids.add(user.agencyId());
        programmes.findByAgencyIdOrderByStudyFromDescIdDesc(user.agencyId()).forEach(p -> committees
                .findByProgrammeIdOrderByName(p.getId()).forEach(c -> ids.add(c.getAgencyId())));
        return ids.stream().map(id -> new Roster(id, organization.agency(id).name())).toList();
    }

    @Transactional(readOnly = true)
    public PartyMemberPage list(CurrentUser user, Long agencyId, String cell, String query, boolean inactive,
            int page) {
        access.readRoster(user, agencyId);
        String folded = query == null || query.isBlank() ? "%" : "%" + SearchText.fold(query.strip())
                .replace("%", "").replace("_", "") + "%";
        var found = members.search(agencyId, cell == null || cell.isBlank() ? "" : cell, folded, inactive,
                PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        return new PartyMemberPage(agencyId, found.map(PartyMember::view).getContent(), members.cells(agencyId),
                found.getNumber(), found.getTotalPages(), found.getTotalElements(),
                access.mayKeepRoster(user, agencyId));
    }

    @Transactional(readOnly = true)
    public PartyMemberView member(CurrentUser user, Long id) {
        var member = found(id);
        access.readRoster(user, member.getAgencyId());
        return member.view();
    }

    public PartyMemberView add(CurrentUser user, Long agencyId, PartyMemberForm form) {
        access.keepRoster(user, agencyId, "STUDY_MEMBER_ADD");
        uniqueCard(agencyId, form.cardNumber(), null);
        var member = members.save(new PartyMember(agencyId, form));
        audit.record("STUDY_MEMBER_ADDED", "STUDY_MEMBER", member.getId(), member.getCell() + ": "
                + member.getFullName());
        return member.view();
    }

    public PartyMemberView change(CurrentUser user, Long id, PartyMemberForm form) {
        var member = found(id);
        access.keepRoster(user, member.getAgencyId(), "STUDY_MEMBER_CHANGE");
        uniqueCard(member.getAgencyId(), form.cardNumber(), id);
        member.change(form);
        audit.record("STUDY_MEMBER_CHANGED", "STUDY_MEMBER", id, member.getCell() + ": " + member.getFullName());
        return member.view();
    }

    /** Takes a member off the roster (moved, deceased): his past learning stays in the figures. */
    public PartyMemberView deactivate(CurrentUser user, Long id) {
        var member = found(id);
        access.keepRoster(user, member.getAgencyId(), "STUDY_MEMBER_DEACTIVATE");
        member.deactivate();
        audit.record("STUDY_MEMBER_DEACTIVATED", "STUDY_MEMBER", id, member.getFullName());
        return member.view();
    }

    /**
     * Imports a roster (columns Chi bộ, Họ và tên, Số thẻ đảng viên, Chức vụ, Cán bộ chủ chốt): all rows or none; a
     * member already on the roster with the same card number is updated. @return how many rows were imported
     */
    public int importRoster(CurrentUser user, Long agencyId, byte[] bytes, String fileName) {
        access.keepRoster(user, agencyId, "STUDY_MEMBER_IMPORT");
        var rows = PartyMemberFile.rows(bytes, fileName);
        var forms = new LinkedHashMap<Integer, PartyMemberForm>();
        var problems = new ArrayList<PartyMemberImportRefused.Problem>();
        var cards = new HashSet<String>();
        for (var row : rows.subList(Math.min(1, rows.size()), rows.size())) {
            if (row.cells().stream().allMatch(c -> c == null || c.isBlank())) {
                continue;
            }
            var form = new PartyMemberForm(row.cell(0), row.cell(1), row.cell(2), row.cell(3), yes(row.cell(4)));
            var violation = validator.validate(form).stream().map(v -> v.getMessageTemplate()).sorted().findFirst();
            if (violation.isPresent()) {
                String key = violation.get().replace("{", "").replace("}", "");
                problems.add(new PartyMemberImportRefused.Problem(row.number(), key, List.of()));
            } else if (form.cardNumber() != null && !form.cardNumber().isBlank() && !cards.add(form.cardNumber())) {
                problems.add(new PartyMemberImportRefused.Problem(row.number(), "study.member.import.cardTwice",
                        List.of(form.cardNumber())));
            } else {
                forms.put(row.number(), form);
            }
        }
        if (!problems.isEmpty()) {
            throw new PartyMemberImportRefused(problems);
        }
        if (forms.isEmpty()) {
            throw new DomainException("study.member.import.noRows");
        }
        var known = new java.util.HashMap<String, PartyMember>();
        members.findByAgencyIdAndCardNumberIn(agencyId, cards).forEach(m -> known.put(m.view().cardNumber(), m));
        var fresh = new ArrayList<PartyMember>();
        for (var form : forms.values()) {
            var existing = form.cardNumber() == null ? null : known.get(form.cardNumber().strip());
            if (existing != null) {
                existing.change(form);
            } else {
                fresh.add(new PartyMember(agencyId, form));
            }
        }
        members.saveAll(fresh);
        audit.record("STUDY_MEMBERS_IMPORTED", "AGENCY", agencyId, fileName + ": " + forms.size() + " rows, "
                + fresh.size() + " new");
        return forms.size();
    }

    private static boolean yes(String cell) {
        String folded = SearchText.fold(cell == null ? "" : cell.strip());
        return List.of("x", "co", "1", "yes", "true", "c").contains(folded);
    }

    private void uniqueCard(Long agencyId, String card, Long self) {
        if (card != null && !card.isBlank()) {
            members.findByAgencyIdAndCardNumber(agencyId, card.strip()).filter(m -> !m.getId().equals(self))
                    .ifPresent(m -> {
                        throw new DomainException("study.member.card.taken", card.strip());
                    });
        }
    }

    private PartyMember found(Long id) {
        return members.findById(id).orElseThrow(() -> new NotFoundException("study member " + id));
    }
}
