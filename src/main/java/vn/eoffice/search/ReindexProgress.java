package vn.eoffice.search;

import java.time.Instant;

/**
 * Where the last re-index stands: entries indexed out of the total, and whether it is still running or failed.
 */
public record ReindexProgress(State state, long done, long total, Instant startedAt, Instant finishedAt) {

    public enum State { IDLE, RUNNING, DONE, FAILED }

    public boolean running() {
        return state == State.RUNNING;
    }

    public int percent() {
        if (total <= 0) {
            return state == State.DONE ? 100 : 0;
        }
        return (int) Math.min(100, done * 100 / total);
    }
}
