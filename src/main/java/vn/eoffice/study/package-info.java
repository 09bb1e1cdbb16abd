/**
 * Studying a Party resolution across levels (học tập, quán triệt nghị quyết): the study programme with its audiences,
 * levels, schedule and committees; the study materials and their library; the multi-level conference; each
 * committee's learners, attendance, make-up classes and reflections (bài thu hoạch); the action programmes asked of
 * the committees; and the figures leaders ask for (docs/adr/0033-resolution-study.md).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Study",
        allowedDependencies = {
                "audit", "documents", "documents :: outgoing", "files", "identity", "meetings", "monitoring",
                "notifications", "organization", "platform", "tasks" })
package vn.eoffice.study;
