package vn.eoffice.succession;

import java.time.Instant;

/** A line of a plan's history; {@code kind} names the message "succession.event.&lt;kind&gt;". */
public record HistoryLine(Instant at, String who, String kind, String detail) {
}
