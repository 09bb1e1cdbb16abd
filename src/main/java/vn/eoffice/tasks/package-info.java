/**
 * Tasks (công việc): who must do what by when, whatever the source — a directive on an incoming document, a meeting
 * conclusion, a resolution being monitored or a leader's ad-hoc instruction — with breakdown down the hierarchy,
 * progress, extensions, completion, acceptance, timeliness and reminders.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tasks",
        allowedDependencies = { "audit", "files", "identity", "organization", "platform" })
package vn.eoffice.tasks;
