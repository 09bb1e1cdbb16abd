package vn.eoffice.documents.web;

import java.util.ArrayList;
import java.util.List;

import vn.eoffice.documents.outgoing.CircuitStep;
import vn.eoffice.documents.outgoing.ReviewStep;
import vn.eoffice.documents.outgoing.SigningChoice;
import vn.eoffice.platform.DomainException;
import vn.eoffice.platform.SigningAuthority;

/**
 * The circuit form: rows of (order, kind, reviewer), blank rows ignored; pre-filled with the last circuit (or the
 * usual one); the
 * signing authority beside the signer.
 */
final class OutgoingCircuitForm {

    static final int ROWS = 6;

    record Row(Integer order, ReviewStep.Kind kind, Long reviewerId) {
    }

    private OutgoingCircuitForm() {
    }

    /** The last circuit's rows, or the usual circuit proposed for a draft never submitted. */
    static List<Row> rows(List<ReviewStep> steps, java.util.function.Supplier<List<Row>> usual) {
        var rows = new ArrayList<Row>();
        steps.forEach(s -> rows.add(new Row(s.getStepOrder(), s.getKind(), s.getReviewerId())));
        if (rows.isEmpty()) {
            rows.addAll(usual.get());
        }
        while (rows.size() < ROWS) {
            rows.add(new Row(null, null, null));
        }
        return rows;
    }

    static List<CircuitStep> parse(List<String> orders, List<String> kinds, List<String> reviewers) {
        var steps = new ArrayList<CircuitStep>();
        int n = orders == null ? 0 : orders.size();
        for (int i = 0; i < n; i++) {
            String reviewer = at(reviewers, i);
            if (reviewer.isBlank()) {
                continue;
            }
            try {
                steps.add(new CircuitStep(Integer.parseInt(orders.get(i).trim()),
                        ReviewStep.Kind.valueOf(at(kinds, i)), Long.valueOf(reviewer)));
            } catch (IllegalArgumentException e) {
                throw new DomainException("outgoing.circuit.stepInvalid");
            }
        }
        return steps;
    }

    /**
     * The signing authority chosen beside the signer: absent leaves the earlier choice, {@code AUTO} (or empty) leaves
     * it to the signer's position, otherwise one of {@link SigningAuthority} with its line.
     */
    static SigningChoice choice(String authority, String line) {
        if (authority == null) {
            return null;
        }
        if (authority.isBlank() || "AUTO".equals(authority.trim())) {
            return new SigningChoice(null, null);
        }
        try {
            return new SigningChoice(SigningAuthority.valueOf(authority.trim()), line);
        } catch (IllegalArgumentException e) {
            throw new DomainException("signingAuthority.invalid");
        }
    }

    private static String at(List<String> values, int i) {
        return values == null || i >= values.size() || values.get(i) == null ? "" : values.get(i).trim();
    }
}
