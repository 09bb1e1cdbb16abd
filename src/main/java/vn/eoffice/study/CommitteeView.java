package vn.eoffice.study;

/** A Party committee (a hosted agency) taking part in a study programme, with the members it expects to study. */
public record CommitteeView(Long id, Long programmeId, Long agencyId, String name, int expectedMembers) {
}
