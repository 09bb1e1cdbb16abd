/**
 * Meetings (họp): rooms and bookings, briefings (giao ban, sơ kết, tổng kết) and thematic meetings with participants,
 * agenda and paperless materials, online rooms, invitations with iCalendar files, recurring briefings, unit reports,
 * attendance, minutes, conclusions that become tasks, multi-point conferences, the leadership's weekly calendar,
 * calendar feeds and statistics.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Meetings",
        allowedDependencies = {
                "audit", "documents", "documents :: outgoing", "files", "identity", "notifications", "organization",
                "platform", "tasks" })
package vn.eoffice.meetings;
