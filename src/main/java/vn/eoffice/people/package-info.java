/**
 * People (cán bộ): cadre records with their history of positions held, job positions (vị trí việc làm) per unit with
 * their competency framework, and who holds which position. Personnel data is seen only by the person, the agency's
 * personnel office and its leaders (docs/adr/0025-people-module.md).
 */
@org.springframework.modulith.ApplicationModule(displayName = "People",
        allowedDependencies = { "audit", "identity", "organization", "platform" })
package vn.eoffice.people;
