package vn.eoffice.documents.web;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.eoffice.documents.Directives;
import vn.eoffice.documents.Document;
import vn.eoffice.documents.outgoing.ReviewStep;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.identity.Role;
import vn.eoffice.identity.UserManagement;
import vn.eoffice.identity.UserSummary;

/**
 * The review circuit a draft usually follows, proposed before its first submission: the drafter's unit head checks
 * the content, the office checks the form (left for the drafter to choose), and the leader signs: the one who
 * directed the incoming document the draft answers, otherwise the agency's first leader.
 */
@Component
class UsualCircuit {

    private final UserManagement users;
    private final Directives directives;

    UsualCircuit(UserManagement users, Directives directives) {
        this.users = users;
        this.directives = directives;
    }

    List<OutgoingCircuitForm.Row> proposal(CurrentUser user, Document draft, Optional<Document> answered) {
        var staff = users.staffOf(draft.getAgencyId()).stream().filter(UserSummary::enabled).toList();
        var drafter = staff.stream().filter(p -> p.id().equals(draft.getCreatedBy())).findFirst();
        Long head = drafter.flatMap(d -> staff.stream().filter(p -> !p.id().equals(d.id())
                && p.roles().contains(Role.UNIT_HEAD) && Objects.equals(p.unitId(), d.unitId())).findFirst())
                .map(UserSummary::id).orElse(null);
        Long directing = answered.flatMap(incoming -> directives.tasksOf(user, incoming.getId()).stream()
                .filter(t -> t.parentId() == null).map(t -> t.assignerId()).findFirst()).orElse(null);
        Long leader = directing != null ? directing : staff.stream().filter(p -> p.roles().contains(Role.LEADER))
                .map(UserSummary::id).findFirst().orElse(null);
        return List.of(new OutgoingCircuitForm.Row(1, ReviewStep.Kind.CONTENT, head),
                new OutgoingCircuitForm.Row(2, ReviewStep.Kind.FORM, null),
                new OutgoingCircuitForm.Row(3, ReviewStep.Kind.APPROVAL, leader));
    }
}
