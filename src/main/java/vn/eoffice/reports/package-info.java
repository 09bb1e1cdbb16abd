/**
 * Dashboards and statistics across modules: what each person has to do now, and where work stands for leaders.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reports",
        allowedDependencies = { "documents", "identity", "monitoring", "organization", "platform", "tasks" })
package vn.eoffice.reports;
