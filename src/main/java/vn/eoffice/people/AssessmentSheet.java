package vn.eoffice.people;

import java.util.List;

/**
 * What a person is asked to assess for a year: his primary position's framework ({@code positionId} null when he
 * holds none or has no record), and his assessment of that year if he sent it.
 */
public record AssessmentSheet(Long cadreId, int year, Long positionId, String positionName,
        List<PositionForm.Competency> framework, AssessmentView sent) {

    /** Whether the form is offered: a framework to assess and nothing sent yet. */
    public boolean open() {
        return sent == null && positionId != null && !framework.isEmpty();
    }
}
