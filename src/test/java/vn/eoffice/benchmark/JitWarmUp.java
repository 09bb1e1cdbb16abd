package vn.eoffice.benchmark;

/**
 * Warms a server up in rounds until its JIT compilers use under a given share of the machine's CPU in a round, or
 * until a limit, printing each round so the cold figures stay visible (ADR 0018).
 */
final class JitWarmUp {

    private JitWarmUp() {
    }

    /** One round of {@code size} operations; returns their rate per second. */
    interface Round {
        double run(int size) throws Exception;
    }

    record Result(int done, double jitLimit, boolean settled) {

        String describe() {
            return settled ? "JIT settled under " + jitLimit + "%" : "JIT not settled: limit reached";
        }
    }

    /**
     * Rounds of {@code roundSize} (a whole multiple of {@code multiple}, the clients that share a round) until a
     * round's compilers use under {@code jitLimit} % of the machine, or {@code max} operations are done.
     */
    static Result run(String what, int max, int roundSize, int multiple, double jitLimit, Round round)
            throws Exception {
        int done = 0;
        double jitShare = 100;
        while (done < max && jitShare >= jitLimit) {
            // a round smaller than the clients would do nothing
            int size = Math.max(multiple, Math.min(roundSize, max - done)) / multiple * multiple;
            var cpu = MachineCpu.read();
            double rate = round.run(size);
            jitShare = 100 * MachineCpu.read().since(cpu).jitShare();
            done += size;
            System.out.printf("%s warm-up: %,6d done, last %,d at %.1f/s with the JIT compilers using %.0f%% of the "
                    + "machine's CPU%n", what, done, size, rate, jitShare);
        }
        return new Result(done, jitLimit, jitShare < jitLimit);
    }
}
