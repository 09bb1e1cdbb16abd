package vn.eoffice.study;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

/** A province with an open programme and a roster of its own for the first commune (two cells, one key leader). */
@Component
public class LearnerFixtures {

    private final StudyFixtures fixtures;
    private final StudyProgrammes programmes;
    private final PartyMemberRoster roster;

    LearnerFixtures(StudyFixtures fixtures, StudyProgrammes programmes, PartyMemberRoster roster) {
        this.fixtures = fixtures;
        this.programmes = programmes;
        this.roster = roster;
    }

    /** The province, its open programme, the first commune's committee and its members. */
    public record Study(StudyFixtures.Province province, Long programmeId, Long committeeId, Long secondCommitteeId,
            List<PartyMemberView> members) {
        StudyFixtures.Commune commune() { return province.first(); }
    }

    public Study study(int perCell) {
        var province = fixtures.province();
        var planned = programmes.plan(province.officer(), StudyFixtures.form(province.communeIds()));
        programmes.open(province.leader(), planned.id());
        var committees = programmes.committees(province.officer(), planned.id());
        Long first = committees.stream().filter(c -> c.agencyId().equals(province.first().agencyId())).findFirst()
                .orElseThrow().id();
        Long second = committees.stream().filter(c -> !c.id().equals(first)).findFirst().orElseThrow().id();
        var members = new ArrayList<PartyMemberView>();
        var clerk = province.first().clerk();
        members.add(roster.add(clerk, province.first().agencyId(), new PartyMemberForm("Chi bộ Bản Mớ",
                "Lò Văn Chủ", "CC" + StudyFixtures.tag(), "Bí thư Đảng ủy", true)));
        for (String cell : List.of("Chi bộ Bản Mớ", "Chi bộ Bản Phủ")) {
            for (int i = 0; i < perCell; i++) {
                members.add(roster.add(clerk, province.first().agencyId(), new PartyMemberForm(cell,
                        "Quàng Thị Đảng Viên " + i, null, null, false)));
            }
        }
        return new Study(province, planned.id(), first, second, members);
    }
}
