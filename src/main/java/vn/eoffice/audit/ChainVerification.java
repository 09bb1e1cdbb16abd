package vn.eoffice.audit;

/**
 * Result of walking the audit chain: how many lines were checked and, if broken, the first bad line and why.
 */
public record ChainVerification(boolean intact, long checked, Long firstBrokenSeq, String problem) {

    static ChainVerification ok(long checked) {
        return new ChainVerification(true, checked, null, null);
    }

    static ChainVerification broken(long checked, long seq, String problem) {
        return new ChainVerification(false, checked, seq, problem);
    }
}
