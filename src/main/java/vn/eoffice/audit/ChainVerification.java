package vn.eoffice.audit;

/**
 * Result of walking the audit chain: how many sealed lines were checked and, if broken, the first bad line and why;
 * {@code pending} committed lines were not sealed yet, so not checked.
 */
public record ChainVerification(boolean intact, long checked, Long firstBrokenSeq, String problem, long pending) {

    static ChainVerification ok(long checked, long pending) {
        return new ChainVerification(true, checked, null, null, pending);
    }

    static ChainVerification broken(long checked, long seq, String problem, long pending) {
        return new ChainVerification(false, checked, seq, problem, pending);
    }
}
