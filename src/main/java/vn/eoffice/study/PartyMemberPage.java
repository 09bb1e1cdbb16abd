package vn.eoffice.study;

import java.util.List;

/** One page of a committee's roster, filtered by cell and name (with or without diacritics). */
public record PartyMemberPage(Long agencyId, List<PartyMemberView> members, List<String> cells, int page,
        int totalPages, long total, boolean mayKeep) {
}
