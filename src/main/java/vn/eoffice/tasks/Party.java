package vn.eoffice.tasks;

import vn.eoffice.identity.Directory;
import vn.eoffice.platform.DomainException;

/**
 * A unit or a person taking part in a task (chủ trì or phối hợp); exactly one of the two ids is set.
 */
public record Party(Long unitId, Long userId) {

    public Party {
        if ((unitId == null) == (userId == null)) {
            throw new DomainException("task.party.invalid");
        }
    }

    public static Party unit(Long id) {
        return new Party(id, null);
    }

    public static Party user(Long id) {
        return new Party(null, id);
    }

    public boolean isUnit() {
        return unitId != null;
    }

    /** The unit's or the person's name, as the page's directory knows it. */
    public String nameIn(Directory directory) {
        return isUnit() ? directory.unit(unitId) : directory.person(userId);
    }
}
