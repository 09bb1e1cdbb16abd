package vn.eoffice.tasks;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.eoffice.identity.Role;
import vn.eoffice.identity.UserManagement;

/**
 * Who answers for a task's deadline: the lead person, or the heads of the lead unit (all its members if it has no
 * head), plus the co-processing people.
 */
@Component
class Recipients {

    private final UserManagement users;

    Recipients(UserManagement users) {
        this.users = users;
    }

    Set<Long> of(Long leadUserId, Long leadUnitId, Collection<Long> coUserIds) {
        Set<Long> recipients = new LinkedHashSet<>();
        if (leadUserId != null) {
            recipients.add(leadUserId);
        } else {
            var members = users.membersOf(leadUnitId);
            members.stream().filter(m -> m.roles().contains(Role.UNIT_HEAD)).forEach(m -> recipients.add(m.id()));
            if (recipients.isEmpty()) {
                members.forEach(m -> recipients.add(m.id()));
            }
        }
        recipients.addAll(coUserIds);
        return recipients;
    }
}
