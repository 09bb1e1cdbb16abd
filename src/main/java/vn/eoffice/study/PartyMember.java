package vn.eoffice.study;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.eoffice.organization.SearchText;

/** A Party member on a committee's roster (danh sách đảng viên), by cell (chi bộ); reused by every programme. */
@Entity
@Table(name = "study_member")
class PartyMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private long version;
    private Long agencyId;
    private String cell;
    private String fullName;
    private String foldedName;
    private String cardNumber;
    private String position;
    private boolean keyLeader;
    private boolean active = true;

    protected PartyMember() {
    }

    PartyMember(Long agencyId, PartyMemberForm form) {
        this.agencyId = agencyId;
        change(form);
    }

    void change(PartyMemberForm form) {
        this.cell = form.cell().strip();
        this.fullName = form.fullName().strip().replaceAll("\\s+", " ");
        this.foldedName = SearchText.fold(fullName);
        this.cardNumber = form.cardNumber() == null || form.cardNumber().isBlank() ? null : form.cardNumber().strip();
        this.position = form.position() == null || form.position().isBlank() ? null : form.position().strip();
        this.keyLeader = form.keyLeader();
    }

    void deactivate() {
        this.active = false;
    }

    PartyMemberView view() {
        return new PartyMemberView(id, agencyId, cell, fullName, cardNumber, position, keyLeader, active);
    }

    Long getId() { return id; }
    Long getAgencyId() { return agencyId; }
    String getFullName() { return fullName; }
    String getCell() { return cell; }
}
