package vn.eoffice.study;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import vn.eoffice.platform.DomainException;

/** A Party committee taking part in a programme: it registers its learners and reports its figures. */
@Entity
class StudyCommittee {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private long version;
    private Long programmeId;
    private Long agencyId;
    private String name;
    private int expectedMembers;

    protected StudyCommittee() {
    }

    StudyCommittee(Long programmeId, Long agencyId, String name) {
        this.programmeId = programmeId;
        this.agencyId = agencyId;
        this.name = name;
    }

    void expect(int members) {
        if (members < 0) {
            throw new DomainException("study.committee.expected.invalid");
        }
        this.expectedMembers = members;
    }

    CommitteeView view() {
        return new CommitteeView(id, programmeId, agencyId, name, expectedMembers);
    }

    Long getId() { return id; }
    Long getProgrammeId() { return programmeId; }
    Long getAgencyId() { return agencyId; }
    String getName() { return name; }
}
