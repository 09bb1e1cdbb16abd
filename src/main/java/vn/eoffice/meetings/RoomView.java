package vn.eoffice.meetings;

/** A meeting room (phòng họp) as pages and the API show it: where, how many it seats, its equipment, in use or not. */
public record RoomView(Long id, String name, String location, int capacity, String equipment, boolean active) {

    static RoomView of(MeetingRoom room) {
        return new RoomView(room.getId(), room.getName(), room.getLocation(), room.getCapacity(), room.getEquipment(),
                room.isActive());
    }
}
