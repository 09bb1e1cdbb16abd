/**
 * Succession planning (quy hoạch cán bộ, Quy định 377-QĐ/TW): a plan per Party term for the agency's leadership
 * posts, candidates proposed by units and introduced by vote, approved by the leadership and reviewed yearly; the
 * 377 limits and each level's standards enforced, the plan's structure shown against its targets. Seen by the
 * agency's leaders and personnel office only, every view audited (docs/adr/0031-succession-planning.md).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Succession",
        allowedDependencies = { "audit", "identity", "notifications", "organization", "people", "platform" })
package vn.eoffice.succession;
