package vn.eoffice.documents.outgoing;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.eoffice.platform.DomainException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatNoException;

class ReviewCircuitTests {

    @Test
    void approvalMustBeTheOnlyLastStep() {
        assertThatNoException().isThrownBy(() -> ReviewCircuit.check(List.of(
                new CircuitStep(1, ReviewStep.Kind.CONTENT, 1L), new CircuitStep(2, ReviewStep.Kind.FORM, 2L),
                new CircuitStep(2, ReviewStep.Kind.CONTENT, 3L), new CircuitStep(3, ReviewStep.Kind.APPROVAL, 4L))));
        assertThatThrownBy(() -> ReviewCircuit.check(List.of(new CircuitStep(1, ReviewStep.Kind.CONTENT, 1L))))
                .isInstanceOf(DomainException.class).hasMessage("outgoing.circuit.oneApproval");
        assertThatThrownBy(() -> ReviewCircuit.check(List.of(new CircuitStep(3, ReviewStep.Kind.CONTENT, 1L),
                new CircuitStep(2, ReviewStep.Kind.APPROVAL, 2L))))
                .isInstanceOf(DomainException.class).hasMessage("outgoing.circuit.approvalLast");
        assertThatThrownBy(() -> ReviewCircuit.check(List.of()))
                .isInstanceOf(DomainException.class).hasMessage("outgoing.circuit.empty");
    }

    @Test
    void parallelStepsAreOpenTogetherAndTheNextWaitsForBoth() {
        var first = new ReviewStep(1L, 1, ReviewStep.Kind.FORM, 10L);
        var second = new ReviewStep(1L, 1, ReviewStep.Kind.CONTENT, 11L);
        var approval = new ReviewStep(1L, 2, ReviewStep.Kind.APPROVAL, 12L);
        var all = List.of(first, second, approval);
        assertThat(ReviewCircuit.myTurn(all, 10L)).isSameAs(first);
        assertThat(ReviewCircuit.myTurn(all, 11L)).isSameAs(second);
        assertThat(ReviewCircuit.myTurn(all, 12L)).isNull();
        first.decide(true, null, java.time.Instant.now());
        assertThat(ReviewCircuit.myTurn(all, 12L)).isNull();
        second.decide(true, null, java.time.Instant.now());
        assertThat(ReviewCircuit.myTurn(all, 12L)).isSameAs(approval);
        assertThat(ReviewCircuit.myTurn(all, 10L)).isNull();
    }
}
