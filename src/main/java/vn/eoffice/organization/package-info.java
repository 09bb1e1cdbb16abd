/**
 * Agencies (cơ quan) with their identifier codes, internal units (phòng), the effective-dated tree with merge and
 * split lineage, Party committee terms (nhiệm kỳ) and the address book of external agencies.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organization",
        allowedDependencies = { "audit", "platform" })
package vn.eoffice.organization;
