package vn.eoffice.meetings;

public enum MeetingStatus {
    SCHEDULED, CANCELLED
}
