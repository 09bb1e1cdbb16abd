package vn.eoffice.documents;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The numbers and symbols a register would write for the same ordinal in every document type: two registers that
 * draw from different counters may both stay active only if these never coincide.
 */
final class SeriesSamples {

    private static final long ORDINAL = 1;
    private static final String UNIT = "VP";

    private SeriesSamples() {
    }

    static Set<String> of(Register register, List<DocumentType> types, String org, LocalDate date) {
        var policy = register.getPolicy();
        var samples = new LinkedHashSet<String>();
        if (register.isIncoming()) {
            samples.add(policy.render(ORDINAL, false, null, org, UNIT, date));
            return samples;
        }
        for (var type : types) {
            samples.add(policy.render(ORDINAL, register.writesTypeCode(type), type.getCode(), org, UNIT, date));
        }
        return samples;
    }
}
