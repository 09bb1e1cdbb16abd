/**
 * Dashboards and statistics across modules: what each person has to do now, and where work stands for leaders.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reports")
package vn.eoffice.reports;
