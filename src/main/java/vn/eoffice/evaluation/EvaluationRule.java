package vn.eoffice.evaluation;

/**
 * Which rulebook rates a period: Nghị định 335/2025/NĐ-CP for civil servants, or Quy định 366-QĐ/TW for leaders and
 * Party members (the same 100 points, with 366's conditions on timeliness and exceeding).
 */
public enum EvaluationRule {
    STATE_335, PARTY_366;

    public boolean party() {
        return this == PARTY_366;
    }

    public String label() {
        return "evaluation.rule." + name();
    }
}
