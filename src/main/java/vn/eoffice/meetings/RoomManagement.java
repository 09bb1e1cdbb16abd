package vn.eoffice.meetings;

import java.util.List;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.eoffice.audit.AuditLog;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.identity.Role;
import vn.eoffice.platform.NotFoundException;

/**
 * The administrator's list of meeting rooms of the agency.
 */
@Service
@Transactional
public class RoomManagement {

    private final MeetingRooms rooms;
    private final AuditLog audit;

    RoomManagement(MeetingRooms rooms, AuditLog audit) {
        this.rooms = rooms;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<RoomView> rooms(CurrentUser by) {
        return rooms.findByAgencyIdOrderByName(by.agencyId()).stream().map(RoomView::of).toList();
    }

    public RoomView create(CurrentUser by, String name, String location, int capacity, String equipment) {
        requireAdmin(by);
        var room = rooms.save(new MeetingRoom(by.agencyId(), name, location, capacity, equipment));
        audit.record("MEETING_ROOM_CREATED", "MEETING_ROOM", room.getId(), room.getName() + " (" + capacity + ")");
        return RoomView.of(room);
    }

    public RoomView update(CurrentUser by, Long id, String name, String location, int capacity, String equipment,
            boolean active) {
        requireAdmin(by);
        var room = rooms.findById(id).filter(r -> r.getAgencyId().equals(by.agencyId()))
                .orElseThrow(() -> new NotFoundException("room " + id));
        room.change(name, location, capacity, equipment, active);
        audit.record("MEETING_ROOM_CHANGED", "MEETING_ROOM", id, room.getName() + " (" + capacity + ")"
                + (active ? "" : " inactive"));
        return RoomView.of(room);
    }

    private static void requireAdmin(CurrentUser by) {
        if (!by.hasRole(Role.ADMIN)) {
            throw new AccessDeniedException("denied");
        }
    }
}
