package vn.eoffice.meetings;

/**
 * An invitee's answer: not yet, will attend, declines, or sends a deputy (cử người dự thay).
 */
public enum Answer {
    PENDING, ATTEND, DECLINE, DEPUTY
}
