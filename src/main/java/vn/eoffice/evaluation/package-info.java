/**
 * Evaluation (đánh giá, xếp loại chất lượng): periodic rating of civil servants by Nghị định 335/2025/NĐ-CP (30
 * points of general criteria + 70 of task results computed from the tasks module's facts) and of Party members by
 * Quy định 366-QĐ/TW, through self-assessment, the unit head's proposal, the unit's collective meeting and the
 * leadership's decision under the 20% quota (docs/adr/0030-evaluation-from-task-results.md).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Evaluation",
        allowedDependencies = { "audit", "files", "identity", "notifications", "organization", "people", "platform", "tasks" })
package vn.eoffice.evaluation;
