package vn.eoffice.documents.outgoing;

/**
 * One step of the review circuit as the drafter defines it: order (same order = in parallel), kind, reviewer.
 */
public record CircuitStep(int order, ReviewStep.Kind kind, Long reviewerId) {
}
