/**
 * People (cán bộ): cadre records with their history of positions held, job positions (vị trí việc làm) per unit with
 * their competency framework, and who holds which position; yearly competency assessment, the gap report, courses
 * taken and each unit's training plan (docs/adr/0028-competency-and-training.md). Personnel data is seen only by the
 * person, the agency's personnel office and its leaders (docs/adr/0025-people-module.md).
 */
@org.springframework.modulith.ApplicationModule(displayName = "People",
        allowedDependencies = { "audit", "files", "identity", "notifications", "organization", "platform" })
package vn.eoffice.people;
