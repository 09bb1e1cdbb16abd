/**
 * Monitoring the implementation of Party documents (theo dõi, kiểm tra, giám sát): the monitored resolution,
 * directive, conclusion, project or plan; its implementation plan, whose items are tasks; the units' periodic
 * implementation reports with reminders and a consolidated report; supervision plans whose recommendations are tasks.
 * It uses the tasks facade; tasks never depends on it (see docs/adr/0011-monitoring.md).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Monitoring",
        allowedDependencies = {
                "audit", "documents", "files", "identity", "notifications", "organization", "platform", "tasks" })
package vn.eoffice.monitoring;
