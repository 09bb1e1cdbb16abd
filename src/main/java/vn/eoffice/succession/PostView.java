package vn.eoffice.succession;

/** A post planned for: its name, the unit it leads (none for the commission's own leadership), its level. */
public record PostView(Long id, String name, Long unitId, String unitName, Long positionId, LeadershipLevel level) {
}
