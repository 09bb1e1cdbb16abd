package vn.eoffice.meetings;

/** What a connection point checks before a conference: the line, sound, picture, the room and its technician. */
public enum ReadinessItem {
    LINE, SOUND, PICTURE, ROOM, TECHNICIAN;

    public String messageKey() {
        return "meeting.readiness." + name();
    }
}
